// Following reading plans through the gateway: joining alone or with friends, marking days read, the
// progress and catch-up list, and that group progress is visible to group members only.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createStudent } from '../../../scripts/platform/test-people';
import { dayInZone, formatIsoDate } from '../../kit/src/zoned-time';
import { createReadingPlan } from './support/devotions';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const prisma = () => platform.handle.services.prisma;

const PROGRESS = 'id groupId startDate behindBy completedDays catchUp { dayNumber dueOn } days { dayNumber references completed dueOn }';
const JOIN = `mutation M($planId: ID!, $startDate: String, $timezone: String, $groupId: ID, $withUserIds: [ID!]) {
  joinReadingPlan(planId: $planId, startDate: $startDate, timezone: $timezone, groupId: $groupId, withUserIds: $withUserIds) { ${PROGRESS} }
}`;
const COMPLETE_DAY = `mutation M($planId: ID!, $dayNumber: Int!) { completeReadingPlanDay(planId: $planId, dayNumber: $dayNumber) { ${PROGRESS} } }`;
const todayUtc = () => dayInZone(new Date(), 'UTC');

interface Participation {
  id: string;
  groupId: string | null;
  behindBy: number;
  completedDays: number;
  catchUp: { dayNumber: number; dueOn: string }[];
  days: { dayNumber: number; references: string[]; completed: boolean; dueOn: string }[];
}

test('readingPlans lists a plan with its days in order', async () => {
  const plan = await createReadingPlan(prisma(), 3);
  const response = await platform.graphql<{ readingPlans: { id: string; dayCount: number; days: { dayNumber: number }[] }[] }>(
    '{ readingPlans { id dayCount days { dayNumber references } } }',
  );
  const listed = response.data?.readingPlans.find((candidate) => candidate.id === plan.id);
  expect(listed).toMatchObject({ dayCount: 3, days: [{ dayNumber: 1 }, { dayNumber: 2 }, { dayNumber: 3 }] });
});

test('joining alone dates each day from the start date and has no group', async () => {
  const reader = await createStudent(prisma());
  const plan = await createReadingPlan(prisma(), 3);
  const response = await platform.graphql<{ joinReadingPlan: Participation }>(JOIN, { planId: plan.id, startDate: '2030-01-30', timezone: 'UTC' }, { token: reader.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.joinReadingPlan.groupId).toBeNull();
  expect(response.data?.joinReadingPlan.days.map((day) => day.dueOn)).toEqual(['2030-01-30', '2030-01-31', '2030-02-01']);
});

test('joining a plan twice is a conflict', async () => {
  const reader = await createStudent(prisma());
  const plan = await createReadingPlan(prisma());
  await platform.graphql(JOIN, { planId: plan.id }, { token: reader.token });
  expect(errorCodes(await platform.graphql(JOIN, { planId: plan.id }, { token: reader.token }))).toEqual(['CONFLICT']);
  expect(await prisma().readingPlanParticipant.count({ where: { planId: plan.id } })).toBe(1);
});

test('days not read before today are behind and listed to catch up, and marking one read removes it', async () => {
  const reader = await createStudent(prisma());
  const plan = await createReadingPlan(prisma(), 5);
  const startDate = formatIsoDate(todayUtc() - 3);
  await platform.graphql(JOIN, { planId: plan.id, startDate, timezone: 'UTC' }, { token: reader.token });
  const read = await platform.graphql<{ completeReadingPlanDay: Participation }>(COMPLETE_DAY, { planId: plan.id, dayNumber: 2 }, { token: reader.token });
  expect(read.errors).toBeUndefined();
  const progress = read.data!.completeReadingPlanDay;
  expect(progress.completedDays).toBe(1);
  expect(progress.behindBy).toBe(2);
  expect(progress.catchUp.map((day) => day.dayNumber)).toEqual([1, 3]);
  const again = await platform.graphql<{ completeReadingPlanDay: Participation }>(COMPLETE_DAY, { planId: plan.id, dayNumber: 2 }, { token: reader.token });
  expect(again.data?.completeReadingPlanDay.completedDays).toBe(1);
});

test('marking a day of a plan you do not follow is forbidden and writes nothing', async () => {
  const reader = await createStudent(prisma());
  const plan = await createReadingPlan(prisma());
  expect(errorCodes(await platform.graphql(COMPLETE_DAY, { planId: plan.id, dayNumber: 1 }, { token: reader.token }))).toEqual(['FORBIDDEN']);
  expect(await prisma().readingPlanDayCompletion.count({ where: { userId: reader.id } })).toBe(0);
});

test('friends who join with the group id share one group and see each other’s progress', async () => {
  const [first, friend] = [await createStudent(prisma()), await createStudent(prisma())];
  const plan = await createReadingPlan(prisma());
  const started = await platform.graphql<{ joinReadingPlan: Participation }>(JOIN, { planId: plan.id, withUserIds: [friend.id] }, { token: first.token });
  const groupId = started.data!.joinReadingPlan.groupId;
  expect(groupId).toEqual(expect.any(String));
  const joined = await platform.graphql<{ joinReadingPlan: Participation }>(JOIN, { planId: plan.id, groupId }, { token: friend.token });
  expect(joined.data?.joinReadingPlan.groupId).toBe(groupId);
  await platform.graphql(COMPLETE_DAY, { planId: plan.id, dayNumber: 1 }, { token: first.token });

  const GROUP = '{ myReadingPlans { plan { id } groupMembers { user { id } completedDays } } }';
  const seen = await platform.graphql<{ myReadingPlans: { plan: { id: string }; groupMembers: { user: { id: string }; completedDays: number }[] }[] }>(GROUP, {}, { token: friend.token });
  expect(seen.errors).toBeUndefined();
  const membership = seen.data?.myReadingPlans.find((participation) => participation.plan.id === plan.id);
  expect(membership?.groupMembers).toEqual([
    { user: { id: first.id }, completedDays: 1 },
    { user: { id: friend.id }, completedDays: 0 },
  ]);
});

test('the invitation to a new reading group is announced for the invited friends', async () => {
  const [first, friend] = [await createStudent(prisma()), await createStudent(prisma())];
  const plan = await createReadingPlan(prisma());
  const started = await platform.graphql<{ joinReadingPlan: Participation }>(JOIN, { planId: plan.id, withUserIds: [friend.id] }, { token: first.token });
  const groupId = started.data!.joinReadingPlan.groupId!;
  const events = await prisma().spiritualOutboxEvent.findMany({ where: { type: 'ReadingPlanGroupInvited' } });
  const invitation = events.find((event) => (event.payload as { groupId?: string }).groupId === groupId);
  expect(invitation?.payload).toEqual({ planId: plan.id, groupId, inviterId: first.id, inviteeIds: [friend.id] });
});

test('a stranger cannot join a group of another plan, and sees no one’s group progress', async () => {
  const [first, friend, stranger] = [await createStudent(prisma()), await createStudent(prisma()), await createStudent(prisma())];
  const plan = await createReadingPlan(prisma());
  const otherPlan = await createReadingPlan(prisma());
  const started = await platform.graphql<{ joinReadingPlan: Participation }>(JOIN, { planId: plan.id, withUserIds: [friend.id] }, { token: first.token });
  const groupId = started.data!.joinReadingPlan.groupId;
  expect(errorCodes(await platform.graphql(JOIN, { planId: otherPlan.id, groupId }, { token: stranger.token }))).toEqual(['NOT_FOUND']);
  expect(await prisma().readingPlanParticipant.count({ where: { userId: stranger.id } })).toBe(0);

  const PLANS = '{ readingPlans { id myParticipation { id } } }';
  const seen = await platform.graphql<{ readingPlans: { id: string; myParticipation: unknown }[] }>(PLANS, {}, { token: stranger.token });
  expect(seen.data?.readingPlans.find((candidate) => candidate.id === plan.id)?.myParticipation).toBeNull();
  expect((await platform.graphql<{ myReadingPlans: unknown[] }>('{ myReadingPlans { id } }', {}, { token: stranger.token })).data?.myReadingPlans).toEqual([]);
});
