// The newcomer's journey as reusable steps: register, read the code from the dev mailbox, verify,
// log in. Shared by the gateway journey tests and the embedded boot test.
import type { GraphQLResponse, RequestOptions } from '../../subgraphs/kit/src/testing/graphql-client';

export type GraphQLCall = <TData = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
) => Promise<GraphQLResponse<TData>>;

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

function expectNoErrors(response: GraphQLResponse<unknown>, step: string): void {
  if (response.errors?.length) throw new Error(`${step} failed: ${JSON.stringify(response.errors)}`);
}

/** Reads the newest six-digit code mailed to `email` through the devMailbox query. */
export async function readMailedCode(graphql: GraphQLCall, email: string, subjectPattern: RegExp = /./): Promise<string> {
  const mailbox = await graphql<{ devMailbox: { subject: string; text: string }[] }>(
    'query Mailbox($email: String!) { devMailbox(email: $email) { subject text } }',
    { email },
  );
  expectNoErrors(mailbox, 'devMailbox');
  const mail = mailbox.data?.devMailbox.find((message) => subjectPattern.test(message.subject));
  const code = mail?.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code mailed to ${email}: ${JSON.stringify(mailbox.data)}`);
  return code;
}

export async function register(graphql: GraphQLCall, email: string, password: string, displayName = 'Test Person'): Promise<void> {
  const response = await graphql<{ register: { ok: boolean } }>(
    'mutation Register($input: RegisterInput!) { register(input: $input) { ok message } }',
    { input: { email, password, displayName } },
  );
  expectNoErrors(response, 'register');
}

export async function login(graphql: GraphQLCall, email: string, password: string): Promise<Session> {
  const response = await graphql<{ login: { accessToken: string; refreshToken: string; user: { id: string } } }>(
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken user { id } } }',
    { email, password },
  );
  expectNoErrors(response, 'login');
  const payload = response.data!.login;
  return { accessToken: payload.accessToken, refreshToken: payload.refreshToken, userId: payload.user.id };
}

/** Register → code from the mailbox → verify → log in. */
export async function signUp(graphql: GraphQLCall, email: string, password: string, displayName?: string): Promise<Session> {
  await register(graphql, email, password, displayName);
  const code = await readMailedCode(graphql, email, /verif/i);
  const verified = await graphql<{ verifyEmail: boolean }>(
    'mutation Verify($email: String!, $code: String!) { verifyEmail(email: $email, code: $code) }',
    { email, code },
  );
  expectNoErrors(verified, 'verifyEmail');
  return login(graphql, email, password);
}
