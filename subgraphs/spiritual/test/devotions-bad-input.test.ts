// Every devotion and reading-plan mutation, given malformed input through the gateway, answers with its
// documented code and writes nothing. Runs in its own database so row counts are exact.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createAdmin, createStudent, type Person } from '../../../scripts/platform/test-people';
import { createDevotion, createReadingPlan, JOHN_3_16_KJV, randomPastDate } from './support/devotions';

let database: ScratchDatabase;
let platform: TestPlatform;
let admin: Person;
let student: Person;
const ids = { devotion: '', plan: '', otherPlan: '' };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function rowCounts(): Promise<Record<string, number>> {
  const rows = await database.sql(`
    SELECT table_name AS name,
           (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::int AS count
      FROM information_schema.tables
     WHERE table_schema = 'spiritual' AND table_type = 'BASE TABLE'`);
  return Object.fromEntries(rows.map((row) => [String(row.name), Number(row.count)]));
}

beforeAll(async () => {
  database = await createScratchDatabase('spiritual_devotions_bad_input', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  const prisma = platform.handle.services.prisma;
  admin = await createAdmin(prisma);
  student = await createStudent(prisma);
  ids.devotion = (await createDevotion(prisma)).id;
  ids.plan = (await createReadingPlan(prisma, 3)).id;
  ids.otherPlan = (await createReadingPlan(prisma, 3)).id;
  await prisma.readingPlanParticipant.create({ data: { planId: ids.plan, userId: student.id, startDate: new Date('2030-01-01'), timezone: 'UTC' } });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const SCHEDULE = 'mutation M($input: ScheduleDevotionInput!) { scheduleDevotion(input: $input) { id } }';
const schedule = (changes: Record<string, unknown>) => ({
  input: { date: randomPastDate(), title: 'T', passage: JOHN_3_16_KJV, reflection: 'R', prayerPrompt: 'P', actionStep: 'A', ...changes },
});
const UPDATE = 'mutation M($id: ID!, $input: UpdateDevotionInput!) { updateDevotion(id: $id, input: $input) { id } }';
const COMPLETE = 'mutation M($id: ID!, $notes: String, $timezone: String) { completeDevotion(devotionId: $id, notes: $notes, timezone: $timezone) { notes } }';
const JOIN = 'mutation M($planId: ID!, $startDate: String, $timezone: String, $groupId: ID, $withUserIds: [ID!]) { joinReadingPlan(planId: $planId, startDate: $startDate, timezone: $timezone, groupId: $groupId, withUserIds: $withUserIds) { id } }';
const COMPLETE_DAY = 'mutation M($planId: ID!, $dayNumber: Int!) { completeReadingPlanDay(planId: $planId, dayNumber: $dayNumber) { id } }';

interface Case {
  name: string;
  who: 'admin' | 'student' | 'anonymous';
  query: string;
  variables: () => Record<string, unknown>;
  code: string;
  field?: string;
}

const cases: Case[] = [
  { name: 'a devotion date that is not a date', who: 'admin', query: SCHEDULE, variables: () => schedule({ date: '2025-02-30' }), code: 'BAD_USER_INPUT', field: 'input.date' },
  { name: 'an empty title', who: 'admin', query: SCHEDULE, variables: () => schedule({ title: '   ' }), code: 'BAD_USER_INPUT', field: 'input.title' },
  { name: 'a passage reference that is no reference', who: 'admin', query: SCHEDULE, variables: () => schedule({ passage: { ...JOHN_3_16_KJV, reference: 'chapter three' } }), code: 'BAD_USER_INPUT', field: 'input.passage.reference' },
  { name: 'two passage references at once', who: 'admin', query: SCHEDULE, variables: () => schedule({ passage: { ...JOHN_3_16_KJV, reference: 'John 3:16 and Romans 8:28' } }), code: 'BAD_USER_INPUT', field: 'input.passage.reference' },
  { name: 'passage text left empty', who: 'admin', query: SCHEDULE, variables: () => schedule({ passage: { ...JOHN_3_16_KJV, text: '' } }), code: 'BAD_USER_INPUT', field: 'input.passage.text' },
  { name: 'a translation that is no code', who: 'admin', query: SCHEDULE, variables: () => schedule({ passage: { ...JOHN_3_16_KJV, translation: 'King James!' } }), code: 'BAD_USER_INPUT', field: 'input.passage.translation' },
  { name: 'stored passage text contradicted', who: 'admin', query: SCHEDULE, variables: () => schedule({ passage: { ...JOHN_3_16_KJV, text: 'God loves.' } }), code: 'CONFLICT' },
  { name: 'an audio link that is not https', who: 'admin', query: SCHEDULE, variables: () => schedule({ audioUrl: 'http://example.org/a.mp3' }), code: 'BAD_USER_INPUT', field: 'input.audioUrl' },
  { name: 'scheduling while signed out', who: 'anonymous', query: SCHEDULE, variables: () => schedule({}), code: 'UNAUTHENTICATED' },
  { name: 'scheduling as a student', who: 'student', query: SCHEDULE, variables: () => schedule({}), code: 'FORBIDDEN' },
  { name: 'updating an unknown devotion', who: 'admin', query: UPDATE, variables: () => ({ id: UNKNOWN_ID, input: { title: 'X' } }), code: 'NOT_FOUND' },
  { name: 'updating with a malformed id', who: 'admin', query: UPDATE, variables: () => ({ id: 'nope', input: { title: 'X' } }), code: 'BAD_USER_INPUT', field: 'id' },
  { name: 'updating as a student', who: 'student', query: UPDATE, variables: () => ({ id: ids.devotion, input: { title: 'X' } }), code: 'FORBIDDEN' },
  { name: 'completing with an unknown timezone', who: 'student', query: COMPLETE, variables: () => ({ id: ids.devotion, timezone: 'Mars/Olympus' }), code: 'BAD_USER_INPUT', field: 'timezone' },
  { name: 'completing with notes too long', who: 'student', query: COMPLETE, variables: () => ({ id: ids.devotion, notes: 'x'.repeat(5001) }), code: 'BAD_USER_INPUT', field: 'notes' },
  { name: 'completing an unknown devotion', who: 'student', query: COMPLETE, variables: () => ({ id: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'completing while signed out', who: 'anonymous', query: COMPLETE, variables: () => ({ id: ids.devotion }), code: 'UNAUTHENTICATED' },
  { name: 'joining an unknown plan', who: 'admin', query: JOIN, variables: () => ({ planId: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'joining with a start date that is not a date', who: 'admin', query: JOIN, variables: () => ({ planId: ids.otherPlan, startDate: 'tomorrow' }), code: 'BAD_USER_INPUT', field: 'startDate' },
  { name: 'joining with an unknown timezone', who: 'admin', query: JOIN, variables: () => ({ planId: ids.otherPlan, timezone: 'Nowhere' }), code: 'BAD_USER_INPUT', field: 'timezone' },
  { name: 'joining with a malformed friend id', who: 'admin', query: JOIN, variables: () => ({ planId: ids.otherPlan, withUserIds: ['friend'] }), code: 'BAD_USER_INPUT', field: 'withUserIds.0' },
  { name: 'joining an unknown group', who: 'admin', query: JOIN, variables: () => ({ planId: ids.otherPlan, groupId: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'joining a plan already followed', who: 'student', query: JOIN, variables: () => ({ planId: ids.plan }), code: 'CONFLICT' },
  { name: 'joining while signed out', who: 'anonymous', query: JOIN, variables: () => ({ planId: ids.otherPlan }), code: 'UNAUTHENTICATED' },
  { name: 'a day number of zero', who: 'student', query: COMPLETE_DAY, variables: () => ({ planId: ids.plan, dayNumber: 0 }), code: 'BAD_USER_INPUT', field: 'dayNumber' },
  { name: 'a day past the end of the plan', who: 'student', query: COMPLETE_DAY, variables: () => ({ planId: ids.plan, dayNumber: 4 }), code: 'BAD_USER_INPUT', field: 'dayNumber' },
  { name: 'a day of an unknown plan', who: 'student', query: COMPLETE_DAY, variables: () => ({ planId: UNKNOWN_ID, dayNumber: 1 }), code: 'NOT_FOUND' },
  { name: 'a day of a plan not followed', who: 'student', query: COMPLETE_DAY, variables: () => ({ planId: ids.otherPlan, dayNumber: 1 }), code: 'FORBIDDEN' },
];

test.each(cases)('refuses $name with $code and writes nothing', async ({ who, query, variables, code, field }) => {
  const before = await rowCounts();
  const token = who === 'admin' ? admin.token : who === 'student' ? student.token : undefined;
  const response = await platform.graphql(query, variables(), { token });
  expect(errorCodes(response)).toEqual([code]);
  if (field !== undefined) expect(response.errors?.[0]?.extensions?.field).toBe(field);
  expect(response.errors?.[0]?.message).not.toMatch(/prisma|sql|invalid input syntax/i);
  expect(await rowCounts()).toEqual(before);
});
