// /reset-password: the mailed code and a new password (same rules as registering). Every session ends,
// so the person signs in again at /login with the new password.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { AuthCard } from '../shared/AuthCard';
import { formErrorsOf, withoutField, type FieldErrors } from '../shared/form-errors';
import { PASSWORD_HINT, passwordProblem } from '../shared/password-rules';
import { withQuery } from '../shared/safe-next';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($email: String!, $code: String!, $newPassword: String!) {
    resetPassword(email: $email, code: $code, newPassword: $newPassword)
  }
`);

const FIELDS = ['email', 'code', 'newPassword'] as const;

export function ResetPasswordPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [reset, { loading, error }] = useMutation(ResetPasswordMutation);
  const graphErrors = formErrorsOf(error, FIELDS);
  const fieldError = (field: (typeof FIELDS)[number]) => localErrors[field] ?? graphErrors.fields[field] ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!email.trim()) problems.email = 'Enter the email address of your account.';
    if (!/^\d{6}$/.test(code.trim())) problems.code = 'The code is the 6 digits from the email we sent.';
    const passwordIssue = passwordProblem(newPassword);
    if (passwordIssue) problems.newPassword = passwordIssue;
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await reset({ variables: { email: email.trim(), code: code.trim(), newPassword } }).catch(() => null);
    if (result?.data?.resetPassword) navigate(withQuery('/login', { email: email.trim(), reset: '1' }));
  }

  return (
    <AuthCard
      title="Choose a new password"
      lead="Enter the 6-digit code from the email we sent and your new password. You will be signed out everywhere."
      footer={
        <p>
          No code? <Link to={withQuery('/forgot-password', { email: email.trim() })}>Send a new one</Link>
        </p>
      }
    >
      {params.get('sent') && email && <Alert tone="info">If {email} has an account, a code is on its way. It can take a minute to arrive.</Alert>}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {graphErrors.form && <Alert>{graphErrors.form}</Alert>}
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            setLocalErrors((errors) => withoutField(errors, 'email'));
          }}
          error={fieldError('email')}
          required
        />
        <TextField
          label="Reset code"
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
        <TextField
          label="New password"
          type="password"
          name="newPassword"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          value={newPassword}
          onChange={(event) => {
            setNewPassword(event.target.value);
            setLocalErrors((errors) => withoutField(errors, 'newPassword'));
          }}
          error={fieldError('newPassword')}
          required
        />
        <Button type="submit" busy={loading}>
          {loading ? 'Saving…' : 'Set new password'}
        </Button>
      </form>
    </AuthCard>
  );
}
