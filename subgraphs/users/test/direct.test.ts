// The users subgraph called directly (as the gateway would, with a signed viewer header), end to end
// against the test database.
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { createUser, TEST_PASSWORD, uniqueEmail, uniqueIp } from './support/factories';
import { startTestUsersSubgraph, userViewer, type TestUsersSubgraph } from './support/users-subgraph';

let subgraph: TestUsersSubgraph;
let statements: string[] = [];
beforeAll(async () => {
  subgraph = await startTestUsersSubgraph({ onQuery: (sql) => statements.push(sql) });
});
afterAll(() => subgraph.stop());

const REGISTER = 'mutation Register($input: RegisterInput!) { register(input: $input) { ok message } }';
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken accessTokenExpiresAt refreshToken user { id email } } }';
const USER_EMAIL = 'query User($id: ID!) { user(id: $id) { id displayName email } }';
// A 1×1 transparent PNG.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const codesOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

async function mailedCode(email: string, subject: RegExp): Promise<string> {
  const mailbox = await subgraph.call<{ devMailbox: Array<{ subject: string; text: string }> }>(
    'query Mailbox($email: String!) { devMailbox(email: $email) { subject text } }',
    { email },
  );
  const code = mailbox.data?.devMailbox.find((mail) => subject.test(mail.subject))?.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code mailed to ${email}: ${JSON.stringify(mailbox)}`);
  return code;
}

describe('users subgraph, called directly', () => {
  it('registers, verifies through the dev mailbox, logs in and answers me', async () => {
    const email = uniqueEmail('journey');
    const registered = await subgraph.call(REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Jo Journey' } });
    expect(registered).toEqual({ data: { register: { ok: true, message: expect.any(String) } } });

    const code = await mailedCode(email, /verify/i);
    expect(await subgraph.call('mutation V($email: String!, $code: String!) { verifyEmail(email: $email, code: $code) }', { email, code })).toEqual({
      data: { verifyEmail: true },
    });

    const login = await subgraph.call<{ login: { accessToken: string; refreshToken: string; user: { id: string; email: string } } }>(
      LOGIN,
      { email, password: TEST_PASSWORD },
      { kind: 'anonymous', ip: uniqueIp() },
    );
    expect(login.errors).toBeUndefined();
    const session = login.data!.login;
    expect(session.user.email).toBe(email);

    const me = await subgraph.call('{ me { id displayName email emailVerified roles } }', {}, userViewer({ id: session.user.id, roles: ['student'] }));
    expect(me).toEqual({ data: { me: { id: session.user.id, displayName: 'Jo Journey', email, emailVerified: true, roles: ['student'] } } });

    const refreshed = await subgraph.call<{ refreshToken: { refreshToken: string } }>(
      'mutation R($token: String!) { refreshToken(refreshToken: $token) { refreshToken } }',
      { token: session.refreshToken },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(await subgraph.call('mutation L($token: String!) { logout(refreshToken: $token) }', { token: refreshed.data!.refreshToken.refreshToken })).toEqual({
      data: { logout: true },
    });
  });

  it('answers me with null for an anonymous viewer', async () => {
    expect(await subgraph.call('{ me { id } }')).toEqual({ data: { me: null } });
  });

  it('answers a duplicate registration with the same response', async () => {
    const user = await createUser(subgraph.prisma);
    const fresh = await subgraph.call(REGISTER, { input: { email: uniqueEmail(), password: TEST_PASSWORD, displayName: 'New' } });
    const duplicate = await subgraph.call(REGISTER, { input: { email: user.email, password: TEST_PASSWORD, displayName: 'New' } });
    expect(duplicate).toEqual(fresh);
  });

  it('hides email from a stranger with FORBIDDEN but shows it to the person and to admins', async () => {
    const person = await createUser(subgraph.prisma);
    const stranger = await createUser(subgraph.prisma);
    const admin = await createUser(subgraph.prisma, { roles: ['admin'] });

    const asStranger = await subgraph.call(USER_EMAIL, { id: person.id }, userViewer(stranger));
    expect(codesOf(asStranger)).toEqual(['FORBIDDEN']);
    expect(asStranger.errors?.[0]?.path).toEqual(['user', 'email']);
    expect(asStranger.data).toEqual({ user: { id: person.id, displayName: 'Test Person', email: null } });

    expect((await subgraph.call(USER_EMAIL, { id: person.id }, userViewer(person))).data).toEqual({
      user: { id: person.id, displayName: 'Test Person', email: person.email },
    });
    expect((await subgraph.call(USER_EMAIL, { id: person.id }, userViewer(admin))).data?.user).toMatchObject({ email: person.email });
  });

  it('guards private fields on _entities too, and resolves deleted people as "Deleted user"', async () => {
    const person = await createUser(subgraph.prisma);
    const stranger = await createUser(subgraph.prisma);
    const gone = await createUser(subgraph.prisma);
    await subgraph.prisma.user.update({ where: { id: gone.id }, data: { deletedAt: new Date(), displayName: 'Deleted user' } });
    const query = 'query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id displayName email } } }';
    const representations = [person, gone].map((user) => ({ __typename: 'User', id: user.id }));

    const result = await subgraph.call<{ _entities: Array<{ id: string; displayName: string; email: string | null }> }>(
      query,
      { representations },
      userViewer(stranger),
    );
    expect(result.data?._entities.map((entity) => entity.displayName)).toEqual(['Test Person', 'Deleted user']);
    expect(codesOf(result)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('loads a batch of entities in one SQL statement', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => createUser(subgraph.prisma)));
    const query = 'query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id displayName } } }';
    statements = [];
    const result = await subgraph.call<{ _entities: Array<{ id: string }> }>(
      query,
      { representations: people.map((user) => ({ __typename: 'User', id: user.id })) },
    );
    expect(result.data?._entities.map((entity) => entity.id)).toEqual(people.map((user) => user.id));
    expect(statements.filter((sql) => sql.includes('"users"."user"'))).toHaveLength(1);
  });

  it('answers bad registration input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const email = uniqueEmail('bad');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ email: 'not-an-email', password: TEST_PASSWORD, displayName: 'A' }, 'input.email'],
      [{ email, password: 'short', displayName: 'A' }, 'input.password'],
      [{ email, password: TEST_PASSWORD, displayName: '   ' }, 'input.displayName'],
      [{ email, password: TEST_PASSWORD, displayName: 'A', grade: 13 }, 'input.grade'],
      [{ email, password: TEST_PASSWORD, displayName: 'A', timezone: 'Mars/Olympus' }, 'input.timezone'],
      [{ email, password: TEST_PASSWORD, displayName: 'A', country: 'Canada' }, 'input.country'],
    ];
    for (const [input, field] of cases) {
      const result = await subgraph.call(REGISTER, { input });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0]?.message).toMatch(/\w{4}/);
    }
    expect(await subgraph.prisma.user.count({ where: { email } })).toBe(0);
    expect(await subgraph.prisma.devMail.count({ where: { to: email } })).toBe(0);
  });

  it('answers a malformed id with BAD_USER_INPUT instead of a database error', async () => {
    const result = await subgraph.call(USER_EMAIL, { id: 'not-a-uuid' });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('answers a wrong verification code with BAD_USER_INPUT', async () => {
    const email = uniqueEmail();
    await subgraph.call(REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'A' } });
    const code = await mailedCode(email, /verify/i);
    const wrong = code === '123456' ? '654321' : '123456';
    const result = await subgraph.call('mutation V($email: String!, $code: String!) { verifyEmail(email: $email, code: $code) }', { email, code: wrong });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/wrong or has expired/), extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
  });

  it('gives one UNAUTHENTICATED message for an unknown email and a wrong password', async () => {
    const user = await createUser(subgraph.prisma);
    const ip = { kind: 'anonymous' as const, ip: uniqueIp() };
    const wrongPassword = await subgraph.call(LOGIN, { email: user.email, password: 'Wrong-pass-1' }, ip);
    const unknown = await subgraph.call(LOGIN, { email: uniqueEmail(), password: TEST_PASSWORD }, { kind: 'anonymous', ip: uniqueIp() });
    expect(wrongPassword.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
  });

  it('counts every attempt of a burst: no more than five concurrent guesses reach the password check', async () => {
    const user = await createUser(subgraph.prisma);
    const viewer = { kind: 'anonymous' as const, ip: uniqueIp() };
    const results = await Promise.all(
      Array.from({ length: 12 }, () => subgraph.call(LOGIN, { email: user.email, password: 'Wrong-pass-1' }, viewer)),
    );
    const codes = results.flatMap(codesOf);
    expect(codes).toHaveLength(12);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(7);
  });

  it('answers RATE_LIMITED with retryAfter after five failures, even with the right password', async () => {
    const user = await createUser(subgraph.prisma);
    const viewer = { kind: 'anonymous' as const, ip: uniqueIp() };
    for (let i = 0; i < 5; i += 1) await subgraph.call(LOGIN, { email: user.email, password: 'Wrong-pass-1' }, viewer);
    const limited = await subgraph.call(LOGIN, { email: user.email, password: TEST_PASSWORD }, viewer);
    expect(limited.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  });

  it('stops a mutation with aliased login fields at the first failure', async () => {
    // Mutation fields run one after another and login is non-null, so one failure ends the operation:
    // aliasing cannot be used to fit more guesses into one request than separate requests would.
    const user = await createUser(subgraph.prisma);
    const fields = Array.from({ length: 8 }, (_, i) => `a${i}: login(email: $email, password: "Wrong-pass-1") { accessToken }`).join('\n');
    const result = await subgraph.call(`mutation M($email: String!) { ${fields} }`, { email: user.email }, { kind: 'anonymous', ip: uniqueIp() });
    expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
    expect(await subgraph.prisma.loginFailure.count({ where: { email: user.email } })).toBe(1);
  });

  it('refuses signed-in-only mutations for anonymous viewers with UNAUTHENTICATED', async () => {
    const result = await subgraph.call('mutation { changePassword(currentPassword: "Abcdefg1", newPassword: "Abcdefg2") }');
    expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses admin mutations for everyone else with FORBIDDEN and changes nothing', async () => {
    const user = await createUser(subgraph.prisma);
    const result = await subgraph.call(
      'mutation G($id: ID!) { grantRole(userId: $id, role: admin) { id } }',
      { id: user.id },
      userViewer(user),
    );
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
    expect((await subgraph.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(['student']);
  });

  it('updates the profile and refuses invalid values without writing', async () => {
    const user = await createUser(subgraph.prisma);
    const mutation = 'mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { grade timezone phone locale } }';
    const ok = await subgraph.call(mutation, { input: { grade: 8, timezone: 'America/Toronto', phone: '+1 416 555 0100', locale: 'en-ca' } }, userViewer(user));
    expect(ok).toEqual({ data: { updateProfile: { grade: 8, timezone: 'America/Toronto', phone: '+14165550100', locale: 'en-CA' } } });
    const bad = await subgraph.call(mutation, { input: { grade: 5 } }, userViewer(user));
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.grade' });
    const cleared = await subgraph.call(mutation, { input: { timezone: null } }, userViewer(user));
    expect(codesOf(cleared)).toEqual(['BAD_USER_INPUT']);
    expect((await subgraph.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).grade).toBe(8);
  });

  it('stores an avatar and answers a signed URL; refuses a mislabelled file', async () => {
    const user = await createUser(subgraph.prisma);
    const mutation = 'mutation A($type: String!, $data: String!) { uploadAvatar(contentType: $type, dataBase64: $data) { avatarUrl } }';
    const uploaded = await subgraph.call<{ uploadAvatar: { avatarUrl: string } }>(mutation, { type: 'image/png', data: PNG_BASE64 }, userViewer(user));
    expect(uploaded.data?.uploadAvatar.avatarUrl).toMatch(/^\/files\/avatars\/[^?]+\.png\?expires=\d+&signature=/);
    const mislabelled = await subgraph.call(mutation, { type: 'image/jpeg', data: PNG_BASE64 }, userViewer(user));
    expect(codesOf(mislabelled)).toEqual(['BAD_USER_INPUT']);
    const notBase64 = await subgraph.call(mutation, { type: 'image/png', data: '%%%' }, userViewer(user));
    expect(notBase64.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'dataBase64' });
  });

  it('links a parent and child through request and confirmation', async () => {
    const parent = await createUser(subgraph.prisma);
    const child = await createUser(subgraph.prisma);
    const requested = await subgraph.call<{ requestParentLink: { id: string; status: string } }>(
      'mutation R($email: String!) { requestParentLink(childEmail: $email) { id status } }',
      { email: child.email },
      userViewer(parent),
    );
    expect(requested.data?.requestParentLink.status).toBe('pending');
    const answered = await subgraph.call(
      'mutation A($id: ID!) { respondToParentLink(linkId: $id, accept: true) { status parent { id } child { id } } }',
      { id: requested.data!.requestParentLink.id },
      userViewer(child),
    );
    expect(answered).toEqual({ data: { respondToParentLink: { status: 'confirmed', parent: { id: parent.id }, child: { id: child.id } } } });
    const me = await subgraph.call('{ me { roles children { id } } }', {}, userViewer(parent));
    expect(me).toEqual({ data: { me: { roles: ['student', 'parent'], children: [{ id: child.id }] } } });
  });

  it('exports the viewer’s data without hashes', async () => {
    const user = await createUser(subgraph.prisma);
    const result = await subgraph.call<{ exportMyData: { profile: { email: string } } }>('{ exportMyData }', {}, userViewer(user));
    expect(result.data?.exportMyData.profile.email).toBe(user.email);
    expect(JSON.stringify(result.data)).not.toContain(user.passwordHash);
  });

  it('deletes the account with the password', async () => {
    const user = await createUser(subgraph.prisma);
    const result = await subgraph.call('mutation D($p: String!) { deleteMyAccount(password: $p) }', { p: TEST_PASSWORD }, userViewer(user));
    expect(result).toEqual({ data: { deleteMyAccount: true } });
    expect(await subgraph.call('{ me { id } }', {}, userViewer(user))).toEqual({ data: { me: null } });
  });

  it('refuses requests without a gateway signature', async () => {
    const response = await fetch(subgraph.running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: 'r1' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('users subgraph outside dev mode', () => {
  let production: TestUsersSubgraph;
  beforeAll(async () => {
    production = await startTestUsersSubgraph({ devMode: false });
  });
  afterAll(() => production.stop());

  it('refuses the dev mailbox with FORBIDDEN', async () => {
    const result = await production.call('{ devMailbox(email: "a@example.test") { id } }');
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
  });
});
