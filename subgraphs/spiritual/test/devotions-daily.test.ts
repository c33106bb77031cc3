// Scheduling, reading and finishing devotions through the gateway, and the privacy of notes and
// streaks. Runs in its own database so today's date is free to schedule.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createAdmin, createInstructor, createStudent } from '../../../scripts/platform/test-people';
import { dateColumnOfDay, dayInZone, formatIsoDate } from '../../kit/src/zoned-time';
import { createDevotion, JOHN_3_16_KJV, randomPastDate } from './support/devotions';

let database: ScratchDatabase;
let platform: TestPlatform;

beforeAll(async () => {
  database = await createScratchDatabase('spiritual_devotions', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const prisma = () => platform.handle.services.prisma;

const SCHEDULE = `mutation M($input: ScheduleDevotionInput!) {
  scheduleDevotion(input: $input) { id date title passage { reference translation text } reflection prayerPrompt actionStep audioUrl }
}`;
const scheduleInput = (date: string, passage: Record<string, string> = { ...JOHN_3_16_KJV, reference: 'jn 3.16' }) => ({
  input: { date, title: 'Loved first', passage, reflection: 'Love gives.', prayerPrompt: 'Thank God.', actionStep: 'Call a friend.' },
});
const COMPLETE = `mutation M($id: ID!, $notes: String, $timezone: String) {
  completeDevotion(devotionId: $id, notes: $notes, timezone: $timezone) { localDate timezone notes devotion { id } }
}`;
const MY_COMPLETION = 'query Q($date: String!) { devotion(date: $date) { id myCompletion { notes completedAt } } }';
const STREAK = 'query Q($timezone: String) { myDevotionStreak(timezone: $timezone) { current longest lastCompletedOn } }';

test('staff schedule a devotion with the passage reference normalised and the given text kept', async () => {
  const instructor = await createInstructor(prisma());
  const date = randomPastDate();
  const response = await platform.graphql(SCHEDULE, scheduleInput(date), { token: instructor.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.scheduleDevotion).toMatchObject({ date, passage: { reference: 'John 3:16', translation: 'KJV', text: JOHN_3_16_KJV.text } });
});

test('a second devotion for the same date is a conflict', async () => {
  const admin = await createAdmin(prisma());
  const date = randomPastDate();
  expect((await platform.graphql(SCHEDULE, scheduleInput(date), { token: admin.token })).errors).toBeUndefined();
  const again = await platform.graphql(SCHEDULE, scheduleInput(date), { token: admin.token });
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  expect(await prisma().devotion.count({ where: { date: new Date(`${date}T00:00:00Z`) } })).toBe(1);
});

test('a student cannot schedule a devotion', async () => {
  const student = await createStudent(prisma());
  const date = randomPastDate();
  expect(errorCodes(await platform.graphql(SCHEDULE, scheduleInput(date), { token: student.token }))).toEqual(['FORBIDDEN']);
  expect(await prisma().devotion.count({ where: { date: new Date(`${date}T00:00:00Z`) } })).toBe(0);
});

test('staff update a devotion, and moving it onto a taken date is a conflict', async () => {
  const admin = await createAdmin(prisma());
  const devotion = await createDevotion(prisma());
  const taken = await createDevotion(prisma());
  const UPDATE = 'mutation M($id: ID!, $input: UpdateDevotionInput!) { updateDevotion(id: $id, input: $input) { title actionStep audioUrl } }';
  const updated = await platform.graphql(UPDATE, { id: devotion.id, input: { title: 'Renamed', audioUrl: 'https://cdn.example.org/a.mp3' } }, { token: admin.token });
  expect(updated.data?.updateDevotion).toEqual({ title: 'Renamed', actionStep: devotion.actionStep, audioUrl: 'https://cdn.example.org/a.mp3' });
  const moved = await platform.graphql(UPDATE, { id: devotion.id, input: { date: formatIsoDate(taken.date.getTime() / 86_400_000) } }, { token: admin.token });
  expect(errorCodes(moved)).toEqual(['CONFLICT']);
  expect((await prisma().devotion.findUniqueOrThrow({ where: { id: devotion.id } })).date).toEqual(devotion.date);
});

test('todayDevotion answers with the devotion of today in the viewer’s timezone', async () => {
  const now = new Date();
  const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];
  // The two zones are 25 hours apart, so their dates always differ.
  const [ahead, behind] = zones.map((zone) => dayInZone(now, zone)) as [number, number];
  const aheadDevotion = await createDevotion(prisma(), { date: formatIsoDate(ahead) });
  const behindDevotion = await createDevotion(prisma(), { date: formatIsoDate(behind) });
  const TODAY = 'query Q($timezone: String) { todayDevotion(timezone: $timezone) { id date } }';
  expect((await platform.graphql(TODAY, { timezone: zones[0] })).data?.todayDevotion).toEqual({ id: aheadDevotion.id, date: formatIsoDate(ahead) });
  expect((await platform.graphql(TODAY, { timezone: zones[1] })).data?.todayDevotion).toEqual({ id: behindDevotion.id, date: formatIsoDate(behind) });
});

test('a devotion whose date has not begun anywhere is hidden from students but shown to staff', async () => {
  const future = formatIsoDate(dayInZone(new Date(), 'UTC') + 400);
  await createDevotion(prisma(), { date: future });
  const student = await createStudent(prisma());
  const instructor = await createInstructor(prisma());
  const QUERY = 'query Q($date: String!) { devotion(date: $date) { date } }';
  expect((await platform.graphql(QUERY, { date: future }, { token: student.token })).data?.devotion).toBeNull();
  expect((await platform.graphql(QUERY, { date: future }, { token: instructor.token })).data?.devotion).toEqual({ date: future });
});

test('completing a devotion records the local date in the given timezone', async () => {
  const student = await createStudent(prisma());
  const devotion = await createDevotion(prisma());
  const response = await platform.graphql(COMPLETE, { id: devotion.id, notes: 'Grateful', timezone: 'Asia/Tokyo' }, { token: student.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.completeDevotion).toEqual({
    localDate: formatIsoDate(dayInZone(new Date(), 'Asia/Tokyo')),
    timezone: 'Asia/Tokyo',
    notes: 'Grateful',
    devotion: { id: devotion.id },
  });
});

test('completing again replaces the notes and keeps one completion', async () => {
  const student = await createStudent(prisma());
  const devotion = await createDevotion(prisma());
  await platform.graphql(COMPLETE, { id: devotion.id, notes: 'First' }, { token: student.token });
  const again = await platform.graphql(COMPLETE, { id: devotion.id, notes: 'Second' }, { token: student.token });
  expect(again.data?.completeDevotion).toMatchObject({ notes: 'Second' });
  expect(await prisma().devotionCompletion.count({ where: { userId: student.id } })).toBe(1);
});

test('a completion of a devotion whose date has not begun is refused as not found', async () => {
  const student = await createStudent(prisma());
  const devotion = await createDevotion(prisma(), { date: formatIsoDate(dayInZone(new Date(), 'UTC') + 500) });
  expect(errorCodes(await platform.graphql(COMPLETE, { id: devotion.id }, { token: student.token }))).toEqual(['NOT_FOUND']);
  expect(await prisma().devotionCompletion.count({ where: { userId: student.id } })).toBe(0);
});

test('myCompletion shows your own notes and never someone else’s', async () => {
  const writer = await createStudent(prisma());
  const stranger = await createStudent(prisma());
  const devotion = await createDevotion(prisma());
  const date = formatIsoDate(devotion.date.getTime() / 86_400_000);
  await platform.graphql(COMPLETE, { id: devotion.id, notes: 'Secret thoughts' }, { token: writer.token });
  const own = await platform.graphql(MY_COMPLETION, { date }, { token: writer.token });
  expect(own.data?.devotion).toMatchObject({ myCompletion: { notes: 'Secret thoughts' } });
  const theirs = await platform.graphql(MY_COMPLETION, { date }, { token: stranger.token });
  expect(theirs.data?.devotion).toMatchObject({ myCompletion: null });
  const anonymous = await platform.graphql(MY_COMPLETION, { date });
  expect(anonymous.data?.devotion).toMatchObject({ myCompletion: null });
  expect(JSON.stringify([theirs, anonymous])).not.toContain('Secret thoughts');
});

test('myDevotionStreak counts your completions and a stranger sees only their own empty streak', async () => {
  const person = await createStudent(prisma());
  const stranger = await createStudent(prisma());
  const today = dayInZone(new Date(), 'UTC');
  for (const offset of [3, 2, 1]) {
    const devotion = await createDevotion(prisma());
    await prisma().devotionCompletion.create({
      data: { userId: person.id, devotionId: devotion.id, localDate: dateColumnOfDay(today - offset), timezone: 'UTC' },
    });
  }
  const own = await platform.graphql(STREAK, { timezone: 'UTC' }, { token: person.token });
  expect(own.data?.myDevotionStreak).toEqual({ current: 3, longest: 3, lastCompletedOn: formatIsoDate(today - 1) });
  const theirs = await platform.graphql(STREAK, { timezone: 'UTC' }, { token: stranger.token });
  expect(theirs.data?.myDevotionStreak).toEqual({ current: 0, longest: 0, lastCompletedOn: null });
});

test('an anonymous request for a streak or a completion is refused as unauthenticated', async () => {
  const devotion = await createDevotion(prisma());
  expect(errorCodes(await platform.graphql(STREAK, {}))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await platform.graphql(COMPLETE, { id: devotion.id }))).toEqual(['UNAUTHENTICATED']);
});
