// /login: email and password. The session goes to signIn and the person returns to `?next=` (the page
// that sent them) or the dashboard. Too many failures (RATE_LIMITED) say when to try again; an
// unverified address is pointed to /verify.
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { useAuth } from '../../../auth/AuthProvider';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { codeOf } from '../../../ui/error-message';
import { AuthCard } from '../shared/AuthCard';
import { extensionsOf, formErrorsOf, withoutField, type FieldErrors } from '../shared/form-errors';
import { safeNext, withQuery } from '../shared/safe-next';

const LoginMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      user {
        id
        displayName
      }
    }
  }
`);

const FIELDS = ['email', 'password'] as const;

/** "Try again at 14:32 (in about 12 minutes)." from the seconds in extensions.retryAfter. */
export function retryTimeOf(retryAfterSeconds: number, now = new Date()): string {
  const at = new Date(now.getTime() + retryAfterSeconds * 1000);
  const time = at.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `You can try again at ${time} (in about ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}

export function LoginPage() {
  const { session, signIn } = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [login, { loading, error }] = useMutation(LoginMutation);

  // Signed in (just now, or already): go where they were headed.
  if (session) return <Navigate to={next} replace />;

  const code = codeOf(error);
  const extensions = extensionsOf(error);
  const graphErrors = formErrorsOf(error, FIELDS);
  const fieldError = (field: (typeof FIELDS)[number]) => localErrors[field] ?? graphErrors.fields[field] ?? null;
  const retryAfter = typeof extensions.retryAfter === 'number' ? extensions.retryAfter : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!email.trim()) problems.email = 'Enter your email address.';
    if (!password) problems.password = 'Enter your password.';
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await login({ variables: { email: email.trim(), password } }).catch(() => null);
    const payload = result?.data?.login;
    if (payload) {
      signIn({ accessToken: payload.accessToken, refreshToken: payload.refreshToken, user: { id: payload.user.id, displayName: payload.user.displayName } });
    }
  }

  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          <p>
            <Link to={withQuery('/forgot-password', { email: email.trim() })}>Forgot your password?</Link>
          </p>
          <p>
            New to ScrollForge? <Link to="/register">Create an account</Link>
          </p>
        </>
      }
    >
      {params.get('verified') && !error && <Alert tone="success">Your email is verified. Sign in to continue.</Alert>}
      {params.get('reset') && !error && <Alert tone="success">Your password is changed. Sign in with the new one.</Alert>}
      {params.get('next') && !params.get('verified') && !error && <Alert tone="info">Sign in to continue to that page.</Alert>}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {graphErrors.form && (
          <Alert>
            {graphErrors.form}
            {code === 'RATE_LIMITED' && retryAfter !== null && <> {retryTimeOf(retryAfter)}</>}
            {extensions.reason === 'EMAIL_NOT_VERIFIED' && (
              <>
                {' '}
                <Link to={withQuery('/verify', { email: email.trim() })}>Enter your code</Link>
              </>
            )}
          </Alert>
        )}
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
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            setLocalErrors((errors) => withoutField(errors, 'password'));
          }}
          error={fieldError('password')}
          required
        />
        <Button type="submit" busy={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </AuthCard>
  );
}
