// Study plans through the gateway: creating one for an enrolled student, reading it (owner only),
// recording sessions, replanning missed ones and deleting.
import type { PrismaClient } from '../../kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import {
  CREATE_PLAN,
  DELETE_PLAN,
  MARK_DONE,
  MY_PLANS,
  REPLAN,
  STUDY_PLAN,
  enroll,
  isoDay,
  planInput,
  type PlanView,
} from './support/planning';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Plan Owner');
});

afterAll(async () => {
  await platform?.stop();
});

/** A published course of two modules: lectures and a reading in the first, a lecture and a 10-minute quiz in the second. */
async function courseWithMaterial() {
  const fixture = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 2, readings: 1 }, { lectures: 1 }] });
  const quiz = await prisma.quiz.create({
    data: { moduleId: fixture.modules[1]!.id, courseId: fixture.course.id, position: 1, title: 'Quiz 2', timeLimitSeconds: 600 },
  });
  return { ...fixture, quizId: quiz.id };
}

async function enrolledStudent(courseId: string): Promise<Person> {
  const student = await createStudent(prisma);
  await enroll(prisma, courseId, student.id);
  return student;
}

async function createPlan(student: Person, input: Record<string, unknown>): Promise<PlanView> {
  const response = await platform.graphql<{ createStudyPlan: PlanView }>(CREATE_PLAN, { input }, { token: student.token });
  expect(response.errors).toBeUndefined();
  return response.data!.createStudyPlan;
}

const describeTopics = (plan: PlanView) => plan.sessions.map((session) => session.topics.map((topic) => `${topic.title}:${topic.minutes}`));

test('plans the whole course in course order, split into sessions before the exam', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id, { hoursPerSession: 0.5 }));
  // Every item is 10 minutes, 12 at the normal pace; sessions hold 30 minutes.
  expect(describeTopics(plan)).toEqual([
    ['Lecture 1.1:12', 'Reading 1.1:12', 'Lecture 1.2:6'],
    ['Lecture 1.2:6', 'Lecture 2.1:12', 'Quiz 2:12'],
  ]);
  expect(plan.sessions.map((session) => [session.startsAt, session.endsAt])).toEqual([
    [`${isoDay(1)}T08:00:00.000Z`, `${isoDay(1)}T08:30:00.000Z`],
    [`${isoDay(2)}T08:00:00.000Z`, `${isoDay(2)}T08:30:00.000Z`],
  ]);
  expect(plan.sessions.every((session) => session.status === 'planned')).toBe(true);
  expect(plan.progress).toEqual({ sessionsDone: 0, sessionsMissed: 0, sessionsTotal: 2, minutesSpent: 0 });
  expect(plan.moduleIds).toEqual([]);
  expect(plan.calendarUrl).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
});

test('covers only the chosen modules, in course order whatever order they were given in', async () => {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }, { lectures: 1 }, { lectures: 1 }] });
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id, { moduleIds: [modules[2]!.id, modules[0]!.id], pace: 'intensive' }));
  expect(plan.moduleIds).toEqual([modules[0]!.id, modules[2]!.id]);
  expect(describeTopics(plan)).toEqual([['Lecture 1.1:10', 'Lecture 3.1:10']]);
});

test('scales the estimates by the relaxed pace', async () => {
  const { course } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 1 }] });
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id, { pace: 'relaxed' }));
  expect(describeTopics(plan)).toEqual([['Lecture 1.1:15']]);
});

test('refuses a plan that does not fit before the exam and says what it needs', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  // 60 minutes in 30-minute sessions need 2 sessions; one Monday-only week before the exam has at most 1.
  const response = await platform.graphql(CREATE_PLAN, { input: planInput(course.id, { hoursPerSession: 0.5, studyDaysPerWeek: 1, examDate: isoDay(8) }) }, { token: student.token });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors?.[0]?.message).toMatch(/needs 2 sessions .* \(1 hour in all\).*study on more days a week/);
  expect(response.errors?.[0]?.extensions).toMatchObject({ sessionsNeeded: 2, hoursNeeded: 1, field: 'examDate' });
  expect(await prisma.studyPlan.count({ where: { userId: student.id } })).toBe(0);
});

test('refuses an exam date in the past', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const response = await platform.graphql(CREATE_PLAN, { input: planInput(course.id, { examDate: isoDay(-1), startDate: null }) }, { token: student.token });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors?.[0]?.message).toContain('in the past');
  expect(response.errors?.[0]?.extensions?.field).toBe('examDate');
});

test('refuses a student who is not enrolled, or whose enrollment was dropped', async () => {
  const { course } = await courseWithMaterial();
  const stranger = await createStudent(prisma);
  const notEnrolled = await platform.graphql(CREATE_PLAN, { input: planInput(course.id) }, { token: stranger.token });
  expect(errorCodes(notEnrolled)).toEqual(['FORBIDDEN']);
  const dropped = await createStudent(prisma);
  await enroll(prisma, course.id, dropped.id, 'dropped');
  const asDropped = await platform.graphql(CREATE_PLAN, { input: planInput(course.id) }, { token: dropped.token });
  expect(errorCodes(asDropped)).toEqual(['FORBIDDEN']);
});

test('answers NOT_FOUND for a draft course rather than revealing it', async () => {
  const { course } = await createCourse(prisma, { ownerId: owner.id, status: 'draft' });
  const student = await createStudent(prisma);
  const response = await platform.graphql(CREATE_PLAN, { input: planInput(course.id) }, { token: student.token });
  expect(errorCodes(response)).toEqual(['NOT_FOUND']);
});

test('shows a plan to its owner only: NOT_FOUND for another student, UNAUTHENTICATED for the anonymous', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id));
  const asOwner = await platform.graphql<{ studyPlan: PlanView }>(STUDY_PLAN, { id: plan.id }, { token: student.token });
  expect(asOwner.data?.studyPlan.id).toBe(plan.id);
  const other = await enrolledStudent(course.id);
  const asOther = await platform.graphql(STUDY_PLAN, { id: plan.id }, { token: other.token });
  expect(errorCodes(asOther)).toEqual(['NOT_FOUND']);
  expect(asOther.data).toBeNull();
  const anonymous = await platform.graphql(STUDY_PLAN, { id: plan.id });
  expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  expect(anonymous.data).toBeNull();
});

test('lists only the viewer’s own plans, newest first', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const first = await createPlan(student, planInput(course.id));
  const second = await createPlan(student, planInput(course.id, { examDate: isoDay(30) }));
  const other = await enrolledStudent(course.id);
  await createPlan(other, planInput(course.id));
  const mine = await platform.graphql<{ myStudyPlans: { id: string }[] }>(MY_PLANS, {}, { token: student.token });
  expect(mine.data?.myStudyPlans.map((plan) => plan.id)).toEqual([second.id, first.id]);
});

test('records a studied session once and counts it in the progress', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id, { hoursPerSession: 0.5 }));
  const sessionId = plan.sessions[0]!.id;
  const done = await platform.graphql<{ markStudySessionDone: { status: string; timeSpentMinutes: number; completedAt: string } }>(
    MARK_DONE,
    { id: sessionId, minutes: 35, difficulty: 4, understanding: 3 },
    { token: student.token },
  );
  expect(done.errors).toBeUndefined();
  expect(done.data?.markStudySessionDone).toMatchObject({ status: 'done', timeSpentMinutes: 35, difficultyRating: 4, understandingRating: 3 });
  const again = await platform.graphql(MARK_DONE, { id: sessionId, minutes: 10, difficulty: 1, understanding: 1 }, { token: student.token });
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  const read = await platform.graphql<{ studyPlan: PlanView }>(STUDY_PLAN, { id: plan.id }, { token: student.token });
  expect(read.data?.studyPlan.progress).toEqual({ sessionsDone: 1, sessionsMissed: 0, sessionsTotal: 2, minutesSpent: 35 });
});

test('refuses to record another student’s session', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id));
  const other = await enrolledStudent(course.id);
  const response = await platform.graphql(MARK_DONE, { id: plan.sessions[0]!.id, minutes: 30, difficulty: 2, understanding: 4 }, { token: other.token });
  expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  expect((await prisma.studySession.findUniqueOrThrow({ where: { id: plan.sessions[0]!.id } })).status).toBe('planned');
});

test('replanning marks a passed session missed and moves its topics to the days left', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id, { hoursPerSession: 0.5, startDate: isoDay(1) }));
  const [first, second] = plan.sessions;
  // The first session's time passes unstudied.
  await prisma.studySession.update({
    where: { id: first!.id },
    data: { startsAt: new Date(Date.now() - 2 * 86_400_000), endsAt: new Date(Date.now() - 2 * 86_400_000 + 30 * 60_000) },
  });
  const response = await platform.graphql<{ replanStudyPlan: PlanView }>(REPLAN, { id: plan.id }, { token: student.token });
  expect(response.errors).toBeUndefined();
  const replanned = response.data!.replanStudyPlan;
  const missed = replanned.sessions.filter((session) => session.status === 'missed');
  const planned = replanned.sessions.filter((session) => session.status === 'planned');
  expect(missed.map((session) => session.id)).toEqual([first!.id]);
  expect(planned.map((session) => session.id)).not.toContain(second!.id);
  // Everything that was not studied is planned again, in order, with the split lecture joined up.
  expect(planned.flatMap((session) => session.topics.map((topic) => topic.title))).toEqual(['Lecture 1.1', 'Reading 1.1', 'Lecture 1.2', 'Lecture 1.2', 'Lecture 2.1', 'Quiz 2']);
  expect(planned.flatMap((session) => session.topics).reduce((sum, topic) => sum + topic.minutes, 0)).toBe(60);
  for (const session of planned) {
    expect(new Date(session.startsAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(session.startsAt < `${plan.examDate}T00:00:00.000Z`).toBe(true);
  }
  expect(replanned.progress).toMatchObject({ sessionsMissed: 1, sessionsTotal: planned.length });
});

test('replanning keeps done sessions and leaves a plan with nothing missed unchanged', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id, { hoursPerSession: 0.5 }));
  await platform.graphql(MARK_DONE, { id: plan.sessions[0]!.id, minutes: 30, difficulty: 2, understanding: 4 }, { token: student.token });
  const response = await platform.graphql<{ replanStudyPlan: PlanView }>(REPLAN, { id: plan.id }, { token: student.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.replanStudyPlan.sessions.map((session) => [session.id, session.status])).toEqual([
    [plan.sessions[0]!.id, 'done'],
    [plan.sessions[1]!.id, 'planned'],
  ]);
});

test('replanning leaves a session under way alone', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id, { hoursPerSession: 0.5 }));
  await prisma.studySession.update({
    where: { id: plan.sessions[0]!.id },
    data: { startsAt: new Date(Date.now() - 10 * 60_000), endsAt: new Date(Date.now() + 20 * 60_000) },
  });
  const response = await platform.graphql<{ replanStudyPlan: PlanView }>(REPLAN, { id: plan.id }, { token: student.token });
  expect(response.data?.replanStudyPlan.sessions.map((session) => [session.id, session.status])).toEqual([
    [plan.sessions[0]!.id, 'planned'],
    [plan.sessions[1]!.id, 'planned'],
  ]);
});

test('replanning refuses, changing nothing, when what is left no longer fits before the exam', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id, { hoursPerSession: 0.5 }));
  const passed = new Date(Date.now() - 86_400_000);
  await prisma.studySession.update({ where: { id: plan.sessions[0]!.id }, data: { startsAt: passed, endsAt: passed } });
  // Two sessions of work are left, and at most one morning (today's) remains before an exam tomorrow.
  await prisma.studyPlan.update({ where: { id: plan.id }, data: { examDate: new Date(`${isoDay(1)}T00:00:00.000Z`) } });
  const before = await prisma.studySession.findMany({ where: { planId: plan.id }, orderBy: { startsAt: 'asc' } });
  const response = await platform.graphql(REPLAN, { id: plan.id }, { token: student.token });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors?.[0]?.message).toMatch(/What is left of this plan needs 2 sessions.*Delete this plan and create one that fits/);
  expect(await prisma.studySession.findMany({ where: { planId: plan.id }, orderBy: { startsAt: 'asc' } })).toEqual(before);
});

test('deletes a plan with its sessions, and only for its owner', async () => {
  const { course } = await courseWithMaterial();
  const student = await enrolledStudent(course.id);
  const plan = await createPlan(student, planInput(course.id));
  const other = await enrolledStudent(course.id);
  const asOther = await platform.graphql(DELETE_PLAN, { id: plan.id }, { token: other.token });
  expect(errorCodes(asOther)).toEqual(['NOT_FOUND']);
  const asOwner = await platform.graphql<{ deleteStudyPlan: string }>(DELETE_PLAN, { id: plan.id }, { token: student.token });
  expect(asOwner.data?.deleteStudyPlan).toBe(plan.id);
  expect(await prisma.studyPlan.count({ where: { id: plan.id } })).toBe(0);
  expect(await prisma.studySession.count({ where: { planId: plan.id } })).toBe(0);
});
