// Asking to be linked as the parent of a child's account, by the email they registered with. The child
// confirms from their own study page.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { fieldProblemsOf, messageOf } from '../../ui/error-message';

const RequestLinkMutation = graphql(`
  mutation ParentRequestLink($childEmail: String!) {
    requestParentLink(childEmail: $childEmail) {
      id
      status
    }
  }
`);

export function RequestLinkForm() {
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [request, requesting] = useMutation(RequestLinkMutation, { refetchQueries: ['ParentLinks'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setOutcome(null);
    try {
      await request({ variables: { childEmail: email.trim() } });
      setOutcome({ tone: 'success', text: `Request sent. It shows as pending until ${email.trim()} confirms it from their study page.` });
      setEmail('');
    } catch (caught) {
      const problem = fieldProblemsOf(caught)[0];
      if (problem) setFieldError(problem.message);
      else setOutcome({ tone: 'error', text: messageOf(caught) });
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="request-link-heading" noValidate>
      <h2 id="request-link-heading">Link a child’s account</h2>
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <TextField label="Your child’s email" type="email" autoComplete="off" required value={email} onChange={(event) => setEmail(event.target.value)} error={fieldError} hint="The email they use to sign in to ScrollForge." />
      <Button type="submit" busy={requesting.loading} disabled={!email.trim()}>
        {requesting.loading ? 'Sending…' : 'Send the request'}
      </Button>
    </form>
  );
}
