// /verify: the 6-digit code from the verification mail confirms the address; a new code can be sent.
// Verified, the person signs in at /login with their email filled in.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { messageOf } from '../../../ui/error-message';
import { AuthCard } from '../shared/AuthCard';
import { formErrorsOf, withoutField, type FieldErrors } from '../shared/form-errors';
import { withQuery } from '../shared/safe-next';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($email: String!, $code: String!) {
    verifyEmail(email: $email, code: $code)
  }
`);

const ResendCodeMutation = graphql(`
  mutation ResendVerificationCode($email: String!) {
    requestOtp(email: $email, purpose: verify_email)
  }
`);

const FIELDS = ['email', 'code'] as const;

export function VerifyPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [code, setCode] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [resent, setResent] = useState(false);
  const [verify, { loading, error }] = useMutation(VerifyEmailMutation);
  const [resend, resendState] = useMutation(ResendCodeMutation);
  const graphErrors = formErrorsOf(error, FIELDS);
  const fieldError = (field: (typeof FIELDS)[number]) => localErrors[field] ?? graphErrors.fields[field] ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!email.trim()) problems.email = 'Enter the email address you registered with.';
    if (!/^\d{6}$/.test(code.trim())) problems.code = 'The code is the 6 digits from the email we sent.';
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await verify({ variables: { email: email.trim(), code: code.trim() } }).catch(() => null);
    if (result?.data?.verifyEmail) navigate(withQuery('/login', { email: email.trim(), verified: '1' }));
  }

  async function onResend() {
    if (!email.trim()) {
      setLocalErrors({ email: 'Enter the email address you registered with, then ask for a new code.' });
      return;
    }
    setLocalErrors({});
    setResent(false);
    const result = await resend({ variables: { email: email.trim() } }).catch(() => null);
    if (result?.data?.requestOtp) setResent(true);
  }

  return (
    <AuthCard
      title="Verify your email"
      lead="Enter the 6-digit code from the email we sent you. Codes expire, so use the newest one."
      footer={
        <p>
          Already verified? <Link to={withQuery('/login', { email: email.trim() })}>Sign in</Link>
        </p>
      }
    >
      {params.get('sent') && email && !resent && <Alert tone="info">We sent a code to {email}. It can take a minute to arrive.</Alert>}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {graphErrors.form && <Alert>{graphErrors.form}</Alert>}
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            setLocalErrors((errors) => withoutField(errors, 'email'));
          }}
          error={fieldError('email')}
          required
        />
        <TextField
          label="Verification code"
          hint="6 digits."
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          value={code}
          onChange={(event) => {
            setCode(event.target.value.replace(/\D/g, ''));
            setLocalErrors((errors) => withoutField(errors, 'code'));
          }}
          error={fieldError('code')}
          required
        />
        <Button type="submit" busy={loading}>
          {loading ? 'Verifying…' : 'Verify email'}
        </Button>
      </form>
      <div className="auth-inline-action">
        <p className="muted">No email, or the code expired?</p>
        <Button type="button" variant="secondary" busy={resendState.loading} onClick={() => void onResend()}>
          Send a new code
        </Button>
        {resent && <Alert tone="success">If {email.trim()} has an account waiting for verification, a new code is on its way.</Alert>}
        {resendState.error && <Alert>{messageOf(resendState.error)}</Alert>}
      </div>
    </AuthCard>
  );
}
