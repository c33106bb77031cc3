// Every learning mutation, given malformed, hostile or refused input through the gateway, answers with
// its documented code and writes nothing. The database is shared, so "nothing" is counted over the rows
// of the student and the courses this file made.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { DROP, ENROLL, RECORD, VIEW, enrollDirectly } from './support/learning';

let platform: TestPlatform;
let prisma: PrismaClient;
let student: Person;
/** The courses, lectures and readings the cases point at, made once and never changed by a case. */
interface Fixture {
  free: string;
  freeLecture: string;
  freeReading: string;
  draft: string;
  draftLecture: string;
  archived: string;
  paid: string;
  advanced: string;
  enrolled: string;
  secondInOrder: string;
  lockedLecture: string;
  lockedReading: string;
  archivedLecture: string;
  dropped: string;
  droppedLecture: string;
}
let ids: Fixture;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  const owner = await createInstructor(prisma);
  student = await createStudent(prisma);
  const make = (spec: Omit<Parameters<typeof createCourse>[1], 'ownerId'>) => createCourse(prisma, { ownerId: owner.id, ...spec });

  const free = await make({ modules: [{ lectures: 1, readings: 1 }] });
  const draft = await make({ status: 'draft', modules: [{ lectures: 1 }] });
  const archived = await make({ status: 'archived' });
  const paid = await make({ isFree: false });
  const advanced = await make({ prerequisiteIds: [free.course.id] });
  const enrolled = await make({ modules: [{ lectures: 2, sequential: true }, { lectures: 1, readings: 1, unlockAt: new Date(Date.now() + 7 * 86_400_000) }] });
  const dropped = await make({ modules: [{ lectures: 1 }] });
  await enrollDirectly(prisma, { userId: student.id, courseId: enrolled.course.id });
  await enrollDirectly(prisma, { userId: student.id, courseId: dropped.course.id, status: 'dropped' });
  const archivedLecture = await prisma.lecture.create({
    data: { moduleId: enrolled.modules[0]!.id, courseId: enrolled.course.id, position: 9, title: 'Old lecture', durationSeconds: 60, archivedAt: new Date() },
  });

  ids = {
    free: free.course.id,
    freeLecture: free.modules[0]!.lectureIds[0]!,
    freeReading: free.modules[0]!.readingIds[0]!,
    draft: draft.course.id,
    draftLecture: draft.modules[0]!.lectureIds[0]!,
    archived: archived.course.id,
    paid: paid.course.id,
    advanced: advanced.course.id,
    enrolled: enrolled.course.id,
    secondInOrder: enrolled.modules[0]!.lectureIds[1]!,
    lockedLecture: enrolled.modules[1]!.lectureIds[0]!,
    lockedReading: enrolled.modules[1]!.readingIds[0]!,
    archivedLecture: archivedLecture.id,
    dropped: dropped.course.id,
    droppedLecture: dropped.modules[0]!.lectureIds[0]!,
  };
});

afterAll(async () => {
  await platform?.stop();
});

/** Everything a learning mutation could write for this student, and the state of their enrollments. */
async function studentRows(): Promise<unknown> {
  const where = { userId: student.id };
  return {
    enrollments: await prisma.enrollment.findMany({ where, orderBy: { id: 'asc' } }),
    lectureProgress: await prisma.lectureProgress.count({ where }),
    readingViews: await prisma.readingView.count({ where }),
    certificates: await prisma.certificate.count({ where }),
    grants: await prisma.courseAccessGrant.count({ where }),
    completions: await prisma.coursesOutboxEvent.count({ where: { type: 'CourseCompleted', payload: { path: ['userId'], equals: student.id } } }),
  };
}

interface Case {
  name: string;
  anonymous?: boolean;
  query: string;
  variables: () => Record<string, unknown>;
  code: string;
}

const record = (lectureId: () => string, positionSeconds: unknown = 10) => () => ({ lectureId: lectureId(), positionSeconds });

const cases: Case[] = [
  { name: 'enroll: signed out', anonymous: true, query: ENROLL, variables: () => ({ courseId: ids.free }), code: 'UNAUTHENTICATED' },
  { name: 'enroll: id that is not a uuid', query: ENROLL, variables: () => ({ courseId: 'course-1' }), code: 'BAD_USER_INPUT' },
  { name: 'enroll: SQL for an id', query: ENROLL, variables: () => ({ courseId: "1' OR '1'='1" }), code: 'BAD_USER_INPUT' },
  { name: 'enroll: a list for an id', query: ENROLL, variables: () => ({ courseId: ['a', 'b'] }), code: 'BAD_USER_INPUT' },
  { name: 'enroll: unknown course', query: ENROLL, variables: () => ({ courseId: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'enroll: draft course', query: ENROLL, variables: () => ({ courseId: ids.draft }), code: 'NOT_FOUND' },
  { name: 'enroll: archived course', query: ENROLL, variables: () => ({ courseId: ids.archived }), code: 'CONFLICT' },
  { name: 'enroll: paid course without access', query: ENROLL, variables: () => ({ courseId: ids.paid }), code: 'PAYMENT_REQUIRED' },
  { name: 'enroll: prerequisite not completed', query: ENROLL, variables: () => ({ courseId: ids.advanced }), code: 'FORBIDDEN' },
  { name: 'enroll: already enrolled', query: ENROLL, variables: () => ({ courseId: ids.enrolled }), code: 'CONFLICT' },
  { name: 'dropCourse: signed out', anonymous: true, query: DROP, variables: () => ({ courseId: ids.enrolled }), code: 'UNAUTHENTICATED' },
  { name: 'dropCourse: id that is not a uuid', query: DROP, variables: () => ({ courseId: 'x' }), code: 'BAD_USER_INPUT' },
  { name: 'dropCourse: not enrolled', query: DROP, variables: () => ({ courseId: ids.free }), code: 'NOT_FOUND' },
  { name: 'dropCourse: already dropped', query: DROP, variables: () => ({ courseId: ids.dropped }), code: 'CONFLICT' },
  { name: 'recordLectureProgress: signed out', anonymous: true, query: RECORD, variables: record(() => ids.secondInOrder), code: 'UNAUTHENTICATED' },
  { name: 'recordLectureProgress: negative position', query: RECORD, variables: record(() => ids.lockedLecture, -5), code: 'BAD_USER_INPUT' },
  { name: 'recordLectureProgress: fractional position', query: RECORD, variables: record(() => ids.lockedLecture, 1.5), code: 'BAD_USER_INPUT' },
  { name: 'recordLectureProgress: absurd position', query: RECORD, variables: record(() => ids.lockedLecture, 1_000_000_000), code: 'BAD_USER_INPUT' },
  { name: 'recordLectureProgress: id that is not a uuid', query: RECORD, variables: record(() => 'lecture'), code: 'BAD_USER_INPUT' },
  { name: 'recordLectureProgress: unknown lecture', query: RECORD, variables: record(() => UNKNOWN_ID), code: 'NOT_FOUND' },
  { name: 'recordLectureProgress: archived lecture', query: RECORD, variables: record(() => ids.archivedLecture), code: 'NOT_FOUND' },
  { name: 'recordLectureProgress: lecture of a draft', query: RECORD, variables: record(() => ids.draftLecture), code: 'NOT_FOUND' },
  { name: 'recordLectureProgress: not enrolled', query: RECORD, variables: record(() => ids.freeLecture), code: 'FORBIDDEN' },
  { name: 'recordLectureProgress: dropped course', query: RECORD, variables: record(() => ids.droppedLecture), code: 'FORBIDDEN' },
  { name: 'recordLectureProgress: module not open yet', query: RECORD, variables: record(() => ids.lockedLecture), code: 'FORBIDDEN' },
  { name: 'recordLectureProgress: earlier lecture unfinished', query: RECORD, variables: record(() => ids.secondInOrder), code: 'FORBIDDEN' },
  { name: 'markReadingViewed: signed out', anonymous: true, query: VIEW, variables: () => ({ readingId: ids.freeReading }), code: 'UNAUTHENTICATED' },
  { name: 'markReadingViewed: id that is not a uuid', query: VIEW, variables: () => ({ readingId: '../../etc/passwd' }), code: 'BAD_USER_INPUT' },
  { name: 'markReadingViewed: unknown reading', query: VIEW, variables: () => ({ readingId: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'markReadingViewed: not enrolled', query: VIEW, variables: () => ({ readingId: ids.freeReading }), code: 'FORBIDDEN' },
  { name: 'markReadingViewed: module not open yet', query: VIEW, variables: () => ({ readingId: ids.lockedReading }), code: 'FORBIDDEN' },
  {
    name: 'verifyCertificate: a code far too long',
    anonymous: true,
    query: 'query V($code: String!) { verifyCertificate(code: $code) { valid } }',
    variables: () => ({ code: 'SF-'.repeat(10_000) }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'User.grades: a course id that is not a uuid',
    query: 'query G($id: ID!) { user(id: $id) { grades(courseId: "nope") { title } } }',
    variables: () => ({ id: student.id }),
    code: 'BAD_USER_INPUT',
  },
];

test.each(cases)('$name → $code, nothing written', async ({ anonymous, query, variables, code }) => {
  const before = await studentRows();
  const response = await platform.graphql(query, variables(), anonymous ? {} : { token: student.token });
  expect(errorCodes(response)).toEqual([code]);
  expect(response.errors?.[0]?.message).toMatch(/\w{3,}/);
  expect(JSON.stringify(response.errors)).not.toMatch(/prisma|SELECT|INSERT|stack|at \w+ \(/i);
  expect(await studentRows()).toEqual(before);
});

test('a refused position names the argument to fix', async () => {
  const response = await platform.graphql(RECORD, { lectureId: ids.secondInOrder, positionSeconds: -1 }, { token: student.token });
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionSeconds' });
  expect(response.errors?.[0]?.message).toMatch(/cannot be negative/);
});
