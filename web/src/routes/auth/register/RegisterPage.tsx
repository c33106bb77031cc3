// /register: a new account from a display name, an email and a password that meets the rules; the
// graph mails a 6-digit code and the person continues at /verify with their email filled in.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { AuthCard } from '../shared/AuthCard';
import { formErrorsOf, withoutField, type FieldErrors } from '../shared/form-errors';
import { PASSWORD_HINT, passwordProblem } from '../shared/password-rules';
import { withQuery } from '../shared/safe-next';

const RegisterMutation = graphql(`
  mutation RegisterAccount($input: RegisterInput!) {
    register(input: $input) {
      ok
      message
    }
  }
`);

const FIELDS = ['displayName', 'email', 'password'] as const;

function browserTimezone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export function RegisterPage() {
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [register, { loading, error }] = useMutation(RegisterMutation);
  const graphErrors = formErrorsOf(error, FIELDS);
  const fieldError = (field: (typeof FIELDS)[number]) => localErrors[field] ?? graphErrors.fields[field] ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!displayName.trim()) problems.displayName = 'Enter a display name.';
    if (!email.trim()) problems.email = 'Enter your email address.';
    const passwordIssue = passwordProblem(password);
    if (passwordIssue) problems.password = passwordIssue;
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await register({
      variables: { input: { displayName: displayName.trim(), email: email.trim(), password, timezone: browserTimezone() } },
    }).catch(() => null);
    if (result?.data?.register.ok) navigate(withQuery('/verify', { email: email.trim(), sent: '1' }));
  }

  return (
    <AuthCard
      title="Create your account"
      lead="Join ScrollForge to take courses, keep a devotion streak and apply to programs."
      footer={
        <p>
          Already have an account? <Link to="/login">Sign in</Link>
        </p>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {graphErrors.form && <Alert>{graphErrors.form}</Alert>}
        <TextField
          label="Display name"
          hint="How other people see you, e.g. your first name."
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(event) => {
            setDisplayName(event.target.value);
            setLocalErrors((errors) => withoutField(errors, 'displayName'));
          }}
          error={fieldError('displayName')}
          maxLength={80}
          required
        />
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
          label="Password"
          type="password"
          name="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            setLocalErrors((errors) => withoutField(errors, 'password'));
          }}
          error={fieldError('password')}
          required
        />
        <Button type="submit" busy={loading}>
          {loading ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
    </AuthCard>
  );
}
