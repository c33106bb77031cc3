// The whole platform in production mode with the committed manifest: a web operation sent by its hash
// alone is planned and answered by the real subgraphs, while a harmless query no app sends is refused.
import { createPerson } from '../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../scripts/platform/test-platform';
import { readTrustedDocuments } from '../src/persisted-queries/trusted-documents';

const manifest = readTrustedDocuments();

function registeredHashOf(operationName: string): string {
  const entry = [...manifest].find(([, text]) => text.startsWith(`query ${operationName} `));
  if (entry === undefined) throw new Error(`the manifest has no query ${operationName}`);
  return entry[0];
}

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await platform?.stop();
});

async function postBody(body: Record<string, unknown>, token: string) {
  const response = await fetch(platform.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] }) };
}

test('answers the ViewerRoles query of the web app sent by its hash alone', async () => {
  const person = await createPerson(platform.handle.services.prisma, { roles: ['student', 'instructor'] });
  const response = await postBody({ extensions: { persistedQuery: { version: 1, sha256Hash: registeredHashOf('ViewerRoles') } } }, person.token);
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({ me: { id: person.id, roles: ['student', 'instructor'], __typename: 'User' } });
});

test('refuses the same fields asked for in a query no app sends', async () => {
  const person = await createPerson(platform.handle.services.prisma);
  const response = await postBody({ query: '{ me { id roles } }' }, person.token);
  expect(response.status).toBe(403);
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(response.data).toBeUndefined();
});
