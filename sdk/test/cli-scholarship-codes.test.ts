// `scrollforge scholarship-codes` against the platform: one scholarship per row with its code written
// out, a bad file refused by line before anything is issued, and non-admins stopped at once.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import { parseCsv } from '../src/csv/csv';
import { originOf, runCli } from './support/run-cli';

let platform: TestPlatform;
let prisma: PrismaClient;
let admin: Person;
const folder = mkdtempSync(path.join(tmpdir(), 'sdk-scholarships-'));

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  admin = await createPerson(prisma, { roles: ['student', 'admin'] });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

function csvFile(lines: string[]): string {
  const file = path.join(folder, `${randomUUID().slice(0, 8)}-scholarships.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const outFile = () => path.join(folder, `${randomUUID().slice(0, 8)}-codes.csv`);
const issue = (args: string[], token: string) => runCli(['scholarship-codes', ...args], { env: { SCROLLFORGE_URL: originOf(platform.url), SCROLLFORGE_TOKEN: token } });

test('each row becomes a scholarship whose code is written to the output file', async () => {
  const ana = await createPerson(prisma);
  const ben = await createPerson(prisma);
  const courseId = randomUUID();
  const input = csvFile([
    'user_id,percent_off,course_id,expires_at,note',
    `${ana.id},100,,,Full bursary 2027`,
    `${ben.id},25,${courseId},2099-06-30T00:00:00Z,`,
  ]);
  const out = outFile();
  const result = await issue([input, '--out', out, '--note', 'Spring intake'], admin.token);
  expect(result.stderr).toContain('Issued 2 scholarship(s).');
  expect(result.code).toBe(0);

  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8')).map((record) => record.fields);
  expect(header).toEqual(['line', 'user_id', 'percent_off', 'course_id', 'expires_at', 'scholarship_id', 'code', 'error']);
  const stored = await prisma.scholarship.findMany({ where: { userId: { in: [ana.id, ben.id] } }, orderBy: { percentOff: 'desc' } });
  expect(stored.map((row) => ({ userId: row.userId, percentOff: row.percentOff, courseId: row.courseId, note: row.note, issuedById: row.issuedById, expiresAt: row.expiresAt?.toISOString() ?? null }))).toEqual([
    { userId: ana.id, percentOff: 100, courseId: null, note: 'Full bursary 2027', issuedById: admin.id, expiresAt: null },
    { userId: ben.id, percentOff: 25, courseId, note: 'Spring intake', issuedById: admin.id, expiresAt: '2099-06-30T00:00:00.000Z' },
  ]);
  expect(rows).toEqual([
    ['2', ana.id, '100', '', '', stored[0]!.id, stored[0]!.code, ''],
    ['3', ben.id, '25', courseId, '2099-06-30T00:00:00.000Z', stored[1]!.id, stored[1]!.code, ''],
  ]);
}, 60_000);

test('a file with bad rows is refused with their line numbers and issues nothing', async () => {
  const ana = await createPerson(prisma);
  const input = csvFile([
    'user_id,percent_off,course_id',
    `${ana.id},50,`,
    `${ana.id},150,`,
    'someone,10,',
    `${ana.id},50,`,
  ]);
  const result = await issue([input], admin.token);
  expect(result.code).toBe(2);
  expect(result.stderr.split('\n')).toEqual(
    expect.arrayContaining([
      `${input}:3: percent_off "150" must be a whole number from 1 to 100.`,
      `${input}:4: user_id "someone" is not a person id (a UUID).`,
      `${input}:5: the same person and course scope are on line 2; remove one of them.`,
    ]),
  );
  expect(result.stdout).toBe('');
  expect(await prisma.scholarship.count({ where: { userId: ana.id } })).toBe(0);
}, 60_000);

test('an instructor’s token is refused at the first row with FORBIDDEN and exit code 1', async () => {
  const instructor = await createPerson(prisma, { roles: ['student', 'instructor'] });
  const ana = await createPerson(prisma);
  const input = csvFile(['user_id,percent_off', `${ana.id},10`, `${randomUUID()},10`]);
  const result = await issue([input], instructor.token);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('[FORBIDDEN]');
  expect(await prisma.scholarship.count({ where: { userId: ana.id } })).toBe(0);
}, 60_000);
