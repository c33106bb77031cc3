// Every study-plan mutation, given malformed, out-of-range or someone else's input through the gateway,
// answers with its documented code and writes nothing for the people involved.
import type { PrismaClient } from '../../kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { CREATE_PLAN, DELETE_PLAN, MARK_DONE, REPLAN, ROTATE, enroll, isoDay, planInput, type PlanView } from './support/planning';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let platform: TestPlatform;
let prisma: PrismaClient;
let student: Person;
let other: Person;
let outsider: Person;
let courseId: string;
let ownPlan: PlanView;
let othersPlan: PlanView;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  const owner = await createInstructor(prisma);
  const { course } = await createCourse(prisma, { ownerId: owner.id, modules: [{ lectures: 3 }] });
  courseId = course.id;
  student = await createStudent(prisma);
  other = await createStudent(prisma);
  outsider = await createStudent(prisma);
  await enroll(prisma, courseId, student.id);
  await enroll(prisma, courseId, other.id);
  const create = async (person: Person) => {
    const response = await platform.graphql<{ createStudyPlan: PlanView }>(CREATE_PLAN, { input: planInput(courseId) }, { token: person.token });
    if (!response.data) throw new Error(`setup failed: ${JSON.stringify(response.errors)}`);
    return response.data.createStudyPlan;
  };
  ownPlan = await create(student);
  othersPlan = await create(other);
});

afterAll(async () => {
  await platform?.stop();
});

/** Every plan and session row of the people in this file. */
async function rowsOfPeople(): Promise<unknown> {
  const userIds = [student.id, other.id, outsider.id];
  const plans = await prisma.studyPlan.findMany({ where: { userId: { in: userIds } }, orderBy: { id: 'asc' } });
  const sessions = await prisma.studySession.findMany({ where: { plan: { userId: { in: userIds } } }, orderBy: { id: 'asc' } });
  return { plans, sessions };
}

type Who = 'anonymous' | 'student' | 'outsider';
interface Case {
  name: string;
  who: Who;
  query: string;
  variables: () => Record<string, unknown>;
  code: string;
}

const create = (overrides: Record<string, unknown>) => () => ({ input: planInput(courseId, overrides) });
const done = (overrides: Record<string, unknown>) => () => ({ id: ownPlan.sessions[0]!.id, minutes: 30, difficulty: 3, understanding: 3, ...overrides });

const cases: Case[] = [
  { name: 'createStudyPlan: signed out', who: 'anonymous', query: CREATE_PLAN, variables: create({}), code: 'UNAUTHENTICATED' },
  { name: 'createStudyPlan: course id that is not a uuid', who: 'student', query: CREATE_PLAN, variables: create({ courseId: "1' OR '1'='1" }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: unknown course', who: 'student', query: CREATE_PLAN, variables: create({ courseId: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'createStudyPlan: not enrolled', who: 'outsider', query: CREATE_PLAN, variables: create({}), code: 'FORBIDDEN' },
  { name: 'createStudyPlan: exam date in words', who: 'student', query: CREATE_PLAN, variables: create({ examDate: 'next friday' }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: exam date that does not exist', who: 'student', query: CREATE_PLAN, variables: create({ examDate: '2030-02-30' }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: exam date in the past', who: 'student', query: CREATE_PLAN, variables: create({ examDate: isoDay(-3), startDate: null }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: exam today', who: 'student', query: CREATE_PLAN, variables: create({ examDate: isoDay(0), startDate: null }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: exam more than two years ahead', who: 'student', query: CREATE_PLAN, variables: create({ examDate: isoDay(800) }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: start date in the past', who: 'student', query: CREATE_PLAN, variables: create({ startDate: isoDay(-1) }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: start date after the exam', who: 'student', query: CREATE_PLAN, variables: create({ startDate: isoDay(30) }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: no study days', who: 'student', query: CREATE_PLAN, variables: create({ studyDaysPerWeek: 0 }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: eight study days a week', who: 'student', query: CREATE_PLAN, variables: create({ studyDaysPerWeek: 8 }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: quarter-hour sessions', who: 'student', query: CREATE_PLAN, variables: create({ hoursPerSession: 0.25 }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: nine-hour sessions', who: 'student', query: CREATE_PLAN, variables: create({ hoursPerSession: 9 }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: unknown time zone', who: 'student', query: CREATE_PLAN, variables: create({ timezone: 'Mars/Olympus_Mons' }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: unknown pace', who: 'student', query: CREATE_PLAN, variables: create({ pace: 'leisurely' }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: unknown time of day', who: 'student', query: CREATE_PLAN, variables: create({ preferredTimeOfDay: 'night' }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: module of another course', who: 'student', query: CREATE_PLAN, variables: create({ moduleIds: [UNKNOWN_ID] }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: module id that is not a uuid', who: 'student', query: CREATE_PLAN, variables: create({ moduleIds: ['module-1'] }), code: 'BAD_USER_INPUT' },
  { name: 'createStudyPlan: more than fits before the exam', who: 'student', query: CREATE_PLAN, variables: create({ hoursPerSession: 0.5, studyDaysPerWeek: 1, examDate: isoDay(2) }), code: 'BAD_USER_INPUT' },
  { name: 'markStudySessionDone: signed out', who: 'anonymous', query: MARK_DONE, variables: done({}), code: 'UNAUTHENTICATED' },
  { name: 'markStudySessionDone: session id that is not a uuid', who: 'student', query: MARK_DONE, variables: done({ id: 'first' }), code: 'BAD_USER_INPUT' },
  { name: 'markStudySessionDone: no minutes spent', who: 'student', query: MARK_DONE, variables: done({ minutes: 0 }), code: 'BAD_USER_INPUT' },
  { name: 'markStudySessionDone: more than a day spent', who: 'student', query: MARK_DONE, variables: done({ minutes: 2000 }), code: 'BAD_USER_INPUT' },
  { name: 'markStudySessionDone: difficulty 6', who: 'student', query: MARK_DONE, variables: done({ difficulty: 6 }), code: 'BAD_USER_INPUT' },
  { name: 'markStudySessionDone: understanding 0', who: 'student', query: MARK_DONE, variables: done({ understanding: 0 }), code: 'BAD_USER_INPUT' },
  { name: 'markStudySessionDone: unknown session', who: 'student', query: MARK_DONE, variables: done({ id: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'markStudySessionDone: another student’s session', who: 'student', query: MARK_DONE, variables: () => ({ ...done({})(), id: othersPlan.sessions[0]!.id }), code: 'NOT_FOUND' },
  { name: 'replanStudyPlan: signed out', who: 'anonymous', query: REPLAN, variables: () => ({ id: ownPlan.id }), code: 'UNAUTHENTICATED' },
  { name: 'replanStudyPlan: plan id that is not a uuid', who: 'student', query: REPLAN, variables: () => ({ id: 'mine' }), code: 'BAD_USER_INPUT' },
  { name: 'replanStudyPlan: another student’s plan', who: 'student', query: REPLAN, variables: () => ({ id: othersPlan.id }), code: 'NOT_FOUND' },
  { name: 'rotateStudyPlanCalendarToken: signed out', who: 'anonymous', query: ROTATE, variables: () => ({ id: ownPlan.id }), code: 'UNAUTHENTICATED' },
  { name: 'rotateStudyPlanCalendarToken: plan id that is not a uuid', who: 'student', query: ROTATE, variables: () => ({ id: '../etc' }), code: 'BAD_USER_INPUT' },
  { name: 'rotateStudyPlanCalendarToken: unknown plan', who: 'student', query: ROTATE, variables: () => ({ id: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'rotateStudyPlanCalendarToken: another student’s plan', who: 'student', query: ROTATE, variables: () => ({ id: othersPlan.id }), code: 'NOT_FOUND' },
  { name: 'deleteStudyPlan: signed out', who: 'anonymous', query: DELETE_PLAN, variables: () => ({ id: ownPlan.id }), code: 'UNAUTHENTICATED' },
  { name: 'deleteStudyPlan: plan id that is not a uuid', who: 'student', query: DELETE_PLAN, variables: () => ({ id: '' }), code: 'BAD_USER_INPUT' },
  { name: 'deleteStudyPlan: another student’s plan', who: 'student', query: DELETE_PLAN, variables: () => ({ id: othersPlan.id }), code: 'NOT_FOUND' },
];

test.each(cases)('$name → $code, nothing written', async ({ who, query, variables, code }) => {
  const token = who === 'student' ? student.token : who === 'outsider' ? outsider.token : undefined;
  const before = await rowsOfPeople();
  const response = await platform.graphql(query, variables(), { token });
  expect(errorCodes(response)).toEqual([code]);
  expect(response.errors?.[0]?.message).toMatch(/\w{3,}/);
  expect(JSON.stringify(response.errors)).not.toMatch(/prisma|SELECT|INSERT|stack|at \w+ \(/i);
  expect(await rowsOfPeople()).toEqual(before);
});

test('says which field is wrong and how to fix it', async () => {
  const response = await platform.graphql(CREATE_PLAN, { input: planInput(courseId, { timezone: 'Nowhere/Land' }) }, { token: student.token });
  expect(response.errors?.[0]?.message).toContain('IANA');
  expect(String(response.errors?.[0]?.extensions?.field)).toContain('timezone');
});
