// The account journeys a person takes, through the gateway, against the PostgreSQL and Redis on this
// machine (Redis carries pub/sub and the event bus).
import { startTestPlatform, uniqueEmail, type TestPlatform } from '../../../scripts/platform/test-platform';
import { login, readMailedCode, register, signUp } from '../../../scripts/platform/account-journey';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';

const PASSWORD = 'Journey123';
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform({ REDIS_URL: 'redis://127.0.0.1:6379' });
});

afterAll(async () => {
  await platform?.stop();
});

const ME = 'query { me { id displayName email roles } }';
const REFRESH = 'mutation R($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken user { id } } }';

describe('sign-up and sessions', () => {
  test('a newcomer registers, verifies from the mailbox, logs in and reads me', async () => {
    const email = uniqueEmail('newcomer');
    const session = await signUp(platform.graphql, email, PASSWORD, 'New Comer');
    const me = await platform.graphql<{ me: { id: string; displayName: string; email: string; roles: string[] } }>(ME, {}, { token: session.accessToken });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({ id: session.userId, displayName: 'New Comer', email, roles: ['student'] });
  });

  test('me is null without a token and UNAUTHENTICATED with a forged one', async () => {
    const anonymous = await platform.graphql<{ me: null }>(ME);
    expect(anonymous.data?.me).toBeNull();
    const forged = await platform.graphql(ME, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
  });

  test('an unverified account cannot log in until it verifies', async () => {
    const email = uniqueEmail('unverified');
    await register(platform.graphql, email, PASSWORD);
    const early = await platform.graphql('mutation { login(email: "' + email + '", password: "' + PASSWORD + '") { accessToken } }');
    expect(errorCodes(early)[0]).toBe('FORBIDDEN');
    expect(early.errors?.[0]?.message).toMatch(/verif/i);
  });

  test('registering an existing email looks like success and mails the owner instead', async () => {
    const email = uniqueEmail('twice');
    await signUp(platform.graphql, email, PASSWORD);
    const fresh = await platform.graphql<{ register: { ok: boolean; message: string } }>(
      'mutation R($input: RegisterInput!) { register(input: $input) { ok message } }',
      { input: { email: uniqueEmail('other'), password: PASSWORD, displayName: 'Other' } },
    );
    const again = await platform.graphql<{ register: { ok: boolean; message: string } }>(
      'mutation R($input: RegisterInput!) { register(input: $input) { ok message } }',
      { input: { email, password: PASSWORD, displayName: 'Again' } },
    );
    expect(again.data?.register).toEqual(fresh.data?.register);
    const mailbox = await platform.graphql<{ devMailbox: { subject: string; text: string }[] }>(
      'query M($email: String!) { devMailbox(email: $email) { subject text } }',
      { email },
    );
    expect(mailbox.data?.devMailbox[0]?.text).toMatch(/already have an account/i);
  });

  test('refresh rotates the token; reusing a spent one revokes the whole family', async () => {
    const email = uniqueEmail('rotate');
    const first = await signUp(platform.graphql, email, PASSWORD);
    const second = await platform.graphql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, { t: first.refreshToken });
    expect(second.errors).toBeUndefined();
    const secondToken = second.data!.refreshToken.refreshToken;
    expect(secondToken).not.toBe(first.refreshToken);
    const third = await platform.graphql<{ refreshToken: { refreshToken: string } }>(REFRESH, { t: secondToken });
    expect(third.errors).toBeUndefined();
    // The first token's successor has itself been used, so presenting the first again is theft.
    const reuse = await platform.graphql(REFRESH, { t: first.refreshToken });
    expect(errorCodes(reuse)).toEqual(['UNAUTHENTICATED']);
    const afterRevocation = await platform.graphql(REFRESH, { t: third.data!.refreshToken.refreshToken });
    expect(errorCodes(afterRevocation)).toEqual(['UNAUTHENTICATED']);
  });

  test('logout ends the session: its refresh token stops working', async () => {
    const session = await signUp(platform.graphql, uniqueEmail('logout'), PASSWORD);
    const out = await platform.graphql<{ logout: boolean }>('mutation L($t: String!) { logout(refreshToken: $t) }', { t: session.refreshToken }, { token: session.accessToken });
    expect(out.data?.logout).toBe(true);
    const refresh = await platform.graphql(REFRESH, { t: session.refreshToken });
    expect(errorCodes(refresh)).toEqual(['UNAUTHENTICATED']);
  });

  test('password reset by mailed code replaces the password and ends old sessions', async () => {
    const email = uniqueEmail('reset');
    const session = await signUp(platform.graphql, email, PASSWORD);
    const requested = await platform.graphql<{ requestPasswordReset: boolean }>('mutation R($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    expect(requested.data?.requestPasswordReset).toBe(true);
    const code = await readMailedCode(platform.graphql, email, /reset/i);
    const reset = await platform.graphql<{ resetPassword: boolean }>(
      'mutation R($e: String!, $c: String!, $p: String!) { resetPassword(email: $e, code: $c, newPassword: $p) }',
      { e: email, c: code, p: 'Changed456' },
    );
    expect(reset.errors).toBeUndefined();
    const oldPassword = await platform.graphql('mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: PASSWORD });
    expect(errorCodes(oldPassword)).toEqual(['UNAUTHENTICATED']);
    await expect(login(platform.graphql, email, 'Changed456')).resolves.toMatchObject({ userId: session.userId });
    const oldRefresh = await platform.graphql(REFRESH, { t: session.refreshToken });
    expect(errorCodes(oldRefresh)).toEqual(['UNAUTHENTICATED']);
  });

  test('password reset for an unknown email answers the same and mails nobody', async () => {
    const email = uniqueEmail('nobody');
    const requested = await platform.graphql<{ requestPasswordReset: boolean }>('mutation R($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    expect(requested.data?.requestPasswordReset).toBe(true);
    const mailbox = await platform.graphql<{ devMailbox: unknown[] }>('query M($e: String!) { devMailbox(email: $e) { id } }', { e: email });
    expect(mailbox.data?.devMailbox).toEqual([]);
  });
});

describe('families and privacy', () => {
  test('a parent links to a child who confirms; the parent then sees the child', async () => {
    const parentEmail = uniqueEmail('parent');
    const childEmail = uniqueEmail('child');
    const parent = await signUp(platform.graphql, parentEmail, PASSWORD, 'Parent');
    const child = await signUp(platform.graphql, childEmail, PASSWORD, 'Child');
    const requested = await platform.graphql<{ requestParentLink: { id: string; status: string } }>(
      'mutation R($e: String!) { requestParentLink(childEmail: $e) { id status } }',
      { e: childEmail },
      { token: parent.accessToken },
    );
    expect(requested.errors).toBeUndefined();
    const linkId = requested.data!.requestParentLink.id;
    const strangerSession = await signUp(platform.graphql, uniqueEmail('stranger'), PASSWORD);
    const strangerConfirms = await platform.graphql(
      'mutation C($id: ID!) { respondToParentLink(linkId: $id, accept: true) { status } }',
      { id: linkId },
      { token: strangerSession.accessToken },
    );
    expect(errorCodes(strangerConfirms)[0]).toMatch(/FORBIDDEN|NOT_FOUND/);
    const confirmed = await platform.graphql<{ respondToParentLink: { status: string } }>(
      'mutation C($id: ID!) { respondToParentLink(linkId: $id, accept: true) { status } }',
      { id: linkId },
      { token: child.accessToken },
    );
    expect(confirmed.data?.respondToParentLink.status.toLowerCase()).toBe('confirmed');
    const children = await platform.graphql<{ me: { children: { id: string; displayName: string }[] } }>(
      'query { me { children { id displayName } } }',
      {},
      { token: parent.accessToken },
    );
    expect(children.data?.me.children).toEqual([{ id: child.userId, displayName: 'Child' }]);
  });

  test("a stranger cannot read another person's email or phone", async () => {
    const owner = await signUp(platform.graphql, uniqueEmail('owner'), PASSWORD, 'Owner');
    const stranger = await signUp(platform.graphql, uniqueEmail('stranger'), PASSWORD);
    const peek = await platform.graphql<{ user: { displayName: string; email: string | null } | null }>(
      'query U($id: ID!) { user(id: $id) { displayName email } }',
      { id: owner.userId },
      { token: stranger.accessToken },
    );
    expect(peek.data?.user?.email ?? null).toBeNull();
    expect(errorCodes(peek)).toContain('FORBIDDEN');
    const anonymous = await platform.graphql('query U($id: ID!) { user(id: $id) { phone } }', { id: owner.userId });
    expect(errorCodes(anonymous)[0]).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe('data rights', () => {
  test('export returns what we hold; delete anonymises, revokes and tells other domains', async () => {
    const email = uniqueEmail('leaver');
    const session = await signUp(platform.graphql, email, PASSWORD, 'Leaver');
    const exported = await platform.graphql<{ exportMyData: Record<string, unknown> }>('query { exportMyData }', {}, { token: session.accessToken });
    expect(JSON.stringify(exported.data?.exportMyData)).toContain(email);
    expect(JSON.stringify(exported.data?.exportMyData)).not.toMatch(/passwordHash|argon2/);

    const wrong = await platform.graphql('mutation { deleteMyAccount(password: "Wrong1234") }', {}, { token: session.accessToken });
    expect(errorCodes(wrong)[0]).toMatch(/UNAUTHENTICATED|BAD_USER_INPUT|FORBIDDEN/);
    const deleted = await platform.graphql<{ deleteMyAccount: boolean }>(
      'mutation D($p: String!) { deleteMyAccount(password: $p) }',
      { p: PASSWORD },
      { token: session.accessToken },
    );
    expect(deleted.data?.deleteMyAccount).toBe(true);

    const relogin = await platform.graphql('mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: PASSWORD });
    expect(errorCodes(relogin)).toEqual(['UNAUTHENTICATED']);
    const refresh = await platform.graphql(REFRESH, { t: session.refreshToken });
    expect(errorCodes(refresh)).toEqual(['UNAUTHENTICATED']);
    const publicView = await platform.graphql<{ user: { displayName: string } }>('query U($id: ID!) { user(id: $id) { displayName } }', { id: session.userId });
    expect(publicView.data?.user.displayName).toBe('Deleted user');

    const prisma = platform.handle.services.prisma;
    const row = await prisma.user.findUniqueOrThrow({ where: { id: session.userId } });
    expect(row.email).not.toBe(email);
    expect(row.deletedAt).not.toBeNull();
    const events = await prisma.usersOutboxEvent.findMany({ where: { type: 'UserDeleted' } });
    const announced = events.find((event) => (event.payload as { userId?: string }).userId === session.userId);
    expect(announced).toBeDefined();
    // The relay moves it from the outbox onto the Redis stream other domains consume.
    await waitFor(
      async () => (await prisma.usersOutboxEvent.findUniqueOrThrow({ where: { id: announced!.id } })).publishedAt ?? false,
      { what: 'the UserDeleted event to be relayed' },
    );
  });
});

describe('direct subgraph access', () => {
  test('the users subgraph refuses unsigned requests, including _service and _entities', async () => {
    const users = platform.subgraphs.find((subgraph) => subgraph.name === 'users')!;
    for (const query of [
      '{ me { id } }',
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "User", id: "00000000-0000-0000-0000-000000000000" }]) { ... on User { id } } }',
    ]) {
      const response = await fetch(users.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[]; data?: unknown };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    }
  });
});
