// Step 5: the referees. Each is invited by email at once to a form of their own (valid 14 days); up to
// three; an expired link can be sent again.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import type { ApplicationReferenceStatus } from '../../../../gql/graphql';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/TextField';
import { messageOf } from '../../../../ui/error-message';
import { fieldProblemsOf, toFieldErrors, type FieldErrors } from '../../shared/field-errors';
import { formatDate } from '../../shared/format';

export const RefereesStepFragment = graphql(`
  fragment RefereesStep_Application on Application {
    id
    references {
      id
      refereeName
      refereeEmail
      relationship
      status
      invitedAt
      expiresAt
      submittedAt
    }
  }
`);

const InviteRefereeMutation = graphql(`
  mutation InviteReferee($applicationId: ID!, $refereeName: String!, $refereeEmail: String!, $relationship: String!) {
    inviteReferee(applicationId: $applicationId, refereeName: $refereeName, refereeEmail: $refereeEmail, relationship: $relationship) {
      id
    }
  }
`);

const ResendInviteMutation = graphql(`
  mutation ResendRefereeInvite($referenceId: ID!) {
    resendRefereeInvite(referenceId: $referenceId) {
      id
      status
      expiresAt
    }
  }
`);

const MAX_REFEREES = 3;
const STATUS_WORDS: Record<ApplicationReferenceStatus, { label: string; tone: string }> = {
  invited: { label: 'Invited', tone: 'badge--warn' },
  submitted: { label: 'Reference received', tone: 'badge--done' },
  expired: { label: 'Link expired', tone: 'badge--bad' },
};

interface Props {
  application: FragmentType<typeof RefereesStepFragment>;
  onInvited(): void;
}

export function RefereesStep(props: Props) {
  const application = getFragmentData(RefereesStepFragment, props.application);
  const [form, setForm] = useState({ refereeName: '', refereeEmail: '', relationship: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [invite, inviting] = useMutation(InviteRefereeMutation, { refetchQueries: ['ApplicationPage'], awaitRefetchQueries: true });
  const [resend, resending] = useMutation(ResendInviteMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    setNotice(null);
    try {
      await invite({ variables: { applicationId: application.id, ...form } });
      setNotice(`We emailed ${form.refereeName.trim()} a link to their reference form.`);
      setForm({ refereeName: '', refereeEmail: '', relationship: '' });
      props.onInvited();
    } catch (error) {
      const problems = fieldProblemsOf(error);
      if (problems.length > 0) setErrors(toFieldErrors(problems));
      else setProblem(messageOf(error));
    }
  };

  const resendInvite = async (referenceId: string, name: string) => {
    setProblem(null);
    setNotice(null);
    try {
      await resend({ variables: { referenceId } });
      setNotice(`We emailed ${name} a new link.`);
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  return (
    <>
      <p>Invite one to three people who know you well, such as a pastor or a teacher. They get an email with a form to fill in within 14 days. At least one is needed to submit.</p>
      <h3>Your referees</h3>
      {application.references.length === 0 ? (
        <p className="muted">No referees invited yet.</p>
      ) : (
        <ul className="admissions-list" aria-label="Invited referees">
          {application.references.map((reference) => (
            <li key={reference.id}>
              <strong>{reference.refereeName}</strong> <span className={`badge ${STATUS_WORDS[reference.status].tone}`}>{STATUS_WORDS[reference.status].label}</span>
              <br />
              <span className="muted">
                {reference.refereeEmail} · {reference.relationship} ·{' '}
                {reference.status === 'submitted' && reference.submittedAt
                  ? `answered ${formatDate(reference.submittedAt)}`
                  : reference.status === 'expired'
                    ? `link ran out ${formatDate(reference.expiresAt)}`
                    : `link valid until ${formatDate(reference.expiresAt)}`}
              </span>
              {reference.status === 'expired' && (
                <div className="actions">
                  <Button variant="secondary" busy={resending.loading} onClick={() => void resendInvite(reference.id, reference.refereeName)}>
                    Send {reference.refereeName} a new link
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && <Alert>{problem}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      {application.references.length < MAX_REFEREES ? (
        <form className="admissions-fieldset" onSubmit={(event) => void submit(event)} noValidate>
          <h3>Invite a referee</h3>
          <TextField label="Referee’s name" maxLength={120} autoComplete="off" value={form.refereeName} onChange={set('refereeName')} error={errors.refereeName} />
          <TextField label="Referee’s email" type="email" autoComplete="off" value={form.refereeEmail} onChange={set('refereeEmail')} error={errors.refereeEmail} />
          <TextField label="How they know you" hint="e.g. my pastor for six years." maxLength={120} value={form.relationship} onChange={set('relationship')} error={errors.relationship} />
          <Button type="submit" busy={inviting.loading}>
            Invite referee
          </Button>
        </form>
      ) : (
        <p className="muted">You have invited the most referees allowed (3).</p>
      )}
    </>
  );
}
