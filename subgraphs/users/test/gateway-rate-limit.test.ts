// Failed sign-ins are limited to 5 per 15 minutes per account and per IP, counted per attempt even
// when one request carries many aliased login fields.
import { uniqueIp, startTestPlatform, uniqueEmail, type TestPlatform } from '../../../scripts/platform/test-platform';
import { signUp, type GraphQLCall } from '../../../scripts/platform/account-journey';
import { errorCodes } from '../../kit/src/testing/graphql-client';

const PASSWORD = 'Limited123';
const LOGIN = 'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
let platform: TestPlatform;

/** Each test speaks from its own client address, since failures are also limited per IP. */
function fromIp(ip: string): GraphQLCall {
  return (query, variables = {}, options = {}) =>
    platform.graphql(query, variables, { ...options, headers: { 'x-forwarded-for': ip, ...options.headers } });
}

beforeAll(async () => {
  platform = await startTestPlatform();
});

afterAll(async () => {
  await platform?.stop();
});

test('the sixth failure in a window is refused even with the right password', async () => {
  const email = uniqueEmail('limited');
  const graphql = fromIp(uniqueIp());
  await signUp(graphql, email, PASSWORD);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const failed = await graphql(LOGIN, { e: email, p: `Wrong${attempt}abc` });
    expect(errorCodes(failed)).toEqual(['UNAUTHENTICATED']);
  }
  const limited = await graphql(LOGIN, { e: email, p: PASSWORD });
  expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
  expect(limited.errors?.[0]?.extensions?.retryAfter).toEqual(expect.any(Number));
});

test('the account limit holds from a different IP', async () => {
  const email = uniqueEmail('roaming');
  await signUp(fromIp(uniqueIp()), email, PASSWORD);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await platform.graphql(LOGIN, { e: email, p: 'Wrong1abc' }, { headers: { 'x-forwarded-for': uniqueIp() } });
  }
  const elsewhere = await platform.graphql(LOGIN, { e: email, p: PASSWORD }, { headers: { 'x-forwarded-for': uniqueIp() } });
  expect(errorCodes(elsewhere)).toEqual(['RATE_LIMITED']);
});

test('the IP limit holds across different accounts', async () => {
  const ip = uniqueIp();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await platform.graphql(LOGIN, { e: uniqueEmail('ghost'), p: 'Wrong1abc' }, { headers: { 'x-forwarded-for': ip } });
  }
  const email = uniqueEmail('innocent');
  await signUp(fromIp(uniqueIp()), email, PASSWORD);
  const fromSameIp = await platform.graphql(LOGIN, { e: email, p: PASSWORD }, { headers: { 'x-forwarded-for': ip } });
  expect(errorCodes(fromSameIp)).toEqual(['RATE_LIMITED']);
  const fromElsewhere = await platform.graphql(LOGIN, { e: email, p: PASSWORD }, { headers: { 'x-forwarded-for': uniqueIp() } });
  expect(fromElsewhere.errors).toBeUndefined();
});

test('aliased logins cannot buy extra guesses: the mutation stops at the first failure, which counts', async () => {
  const email = uniqueEmail('batched');
  const graphql = fromIp(uniqueIp());
  await signUp(graphql, email, PASSWORD);
  const failuresBefore = await platform.handle.services.prisma.loginFailure.count({ where: { email } });
  const aliases = Array.from({ length: 8 }, (_, index) => `a${index}: login(email: $e, password: "Wrong${index}abc") { accessToken }`);
  const batch = await graphql(`mutation B($e: String!) { ${aliases.join(' ')} }`, { e: email });
  expect(errorCodes(batch)).toEqual(['UNAUTHENTICATED']);
  expect(batch.data ?? null).toBeNull();
  const failuresAfter = await platform.handle.services.prisma.loginFailure.count({ where: { email } });
  expect(failuresAfter - failuresBefore).toBe(1);
  for (let attempt = 2; attempt <= 5; attempt += 1) await graphql(LOGIN, { e: email, p: 'Wrong9abc' });
  const after = await graphql(LOGIN, { e: email, p: PASSWORD });
  expect(errorCodes(after)).toEqual(['RATE_LIMITED']);
});

test('batched HTTP requests (an array of operations) are refused, so attempts cannot hide in one body', async () => {
  const response = await fetch(platform.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
    body: JSON.stringify([
      { query: LOGIN, variables: { e: uniqueEmail('array'), p: 'Wrong1abc' } },
      { query: LOGIN, variables: { e: uniqueEmail('array'), p: 'Wrong2abc' } },
    ]),
  });
  expect(response.status).toBe(400);
});
