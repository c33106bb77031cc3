// /forgot-password: asks the graph to mail a reset code (the answer is the same whether or not the
// address has an account), then continues at /reset-password with the email filled in.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { AuthCard } from '../shared/AuthCard';
import { formErrorsOf } from '../shared/form-errors';
import { withQuery } from '../shared/safe-next';

const RequestResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export function ForgotPasswordPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [localError, setLocalError] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestResetMutation);
  const graphErrors = formErrorsOf(error, ['email']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim()) {
      setLocalError('Enter the email address of your account.');
      return;
    }
    setLocalError(null);
    const result = await request({ variables: { email: email.trim() } }).catch(() => null);
    if (result?.data?.requestPasswordReset) navigate(withQuery('/reset-password', { email: email.trim(), sent: '1' }));
  }

  return (
    <AuthCard
      title="Reset your password"
      lead="We will email you a 6-digit code to choose a new password."
      footer={
        <p>
          Remembered it? <Link to="/login">Sign in</Link>
        </p>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {graphErrors.form && <Alert>{graphErrors.form}</Alert>}
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={localError ?? graphErrors.fields.email ?? null}
          required
        />
        <Button type="submit" busy={loading}>
          {loading ? 'Sending…' : 'Email me a code'}
        </Button>
      </form>
    </AuthCard>
  );
}
