// `scrollforge key-usage`: a school admin sees the school's API keys with the requests they made, as
// a table or JSON; anyone else is refused.
import { startTestPlatform, type TestPlatform } from '../../scripts/platform/test-platform';
import { createPerson } from '../../scripts/platform/test-people';
import { postGraphQL } from '../../subgraphs/kit/src/testing/graphql-client';
import { originOf, runCli } from './support/run-cli';
import { createSchoolWithKey, type SchoolWithKey } from './support/schools';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const keyUsage = (school: SchoolWithKey, args: string[], token = school.admin.token) =>
  runCli(['key-usage', '--school', school.id, ...args], { env: { SCROLLFORGE_URL: originOf(platform.url), SCROLLFORGE_TOKEN: token } });

/** Uses the key on the public graph `times` times. */
async function useKey(school: SchoolWithKey, times: number): Promise<void> {
  for (let index = 0; index < times; index += 1) {
    const response = await postGraphQL(`${originOf(platform.url)}/public/graphql`, '{ apiKeySchool { id } }', {}, { headers: { 'x-api-key': school.secret } });
    expect(response.errors).toBeUndefined();
  }
}

interface UsageJson {
  school: { id: string };
  days: number;
  apiKeys: { id: string; name: string; status: string; scopes: string[]; requestsToday: number; usage: { requests: number }[] }[];
}

test('--json lists the key with today’s requests and its daily usage', async () => {
  const school = await createSchoolWithKey(platform, ['READ_CATALOG']);
  await useKey(school, 3);
  const result = await keyUsage(school, ['--json', '--days', '3']);
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as UsageJson;
  expect(report.school.id).toBe(school.id);
  expect(report.apiKeys).toEqual([expect.objectContaining({ id: school.keyId, name: school.keyName, status: 'ACTIVE', scopes: ['READ_CATALOG'], requestsToday: 3 })]);
  expect(report.apiKeys[0]!.usage).toHaveLength(3);
  expect(report.apiKeys[0]!.usage.reduce((sum, day) => sum + day.requests, 0)).toBe(3);
}, 90_000);

test('the table shows one line per key with its status, scopes and request counts', async () => {
  const school = await createSchoolWithKey(platform, ['READ_CATALOG', 'READ_STUDENTS']);
  await useKey(school, 2);
  const result = await keyUsage(school, []);
  expect(result.code).toBe(0);
  const [title, header, row, ...rest] = result.stdout.trimEnd().split('\n');
  expect(title).toMatch(/^API keys of School \w+ \(usage over the last 14 days\)$/);
  expect(header!.split(/\s{2,}/)).toEqual(['NAME', 'PREFIX', 'STATUS', 'SCOPES', 'TODAY', 'DAILY QUOTA', 'REQUESTS', 'REFUSED', 'COST', 'LAST USED']);
  expect(row!.startsWith(school.keyName)).toBe(true);
  expect(row!.split(/\s{2,}/).slice(2, 5)).toEqual(['ACTIVE', 'read_catalog,read_students', '2']);
  expect(rest).toEqual([]);
}, 90_000);

test('a person who does not manage the school is refused with FORBIDDEN and exit code 1', async () => {
  const school = await createSchoolWithKey(platform, ['READ_CATALOG']);
  const stranger = await createPerson(platform.handle.services.prisma);
  const result = await keyUsage(school, [], stranger.token);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('[FORBIDDEN]');
  expect(result.stdout).toBe('');
}, 90_000);
