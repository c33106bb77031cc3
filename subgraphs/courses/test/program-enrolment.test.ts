// Admissions' ApplicationAccepted enrols the new student in the program's first-term courses: published
// courses only, paid ones with an access grant, each course once, each event once. The handler is called
// directly, and once through the real bus and the gateway.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { CourseStatus, PrismaClient } from '../../kit/src/db';
import { emitEvent, type DomainEvent } from '../../kit/src/events';
import { waitFor } from '../../kit/src/wait-for';
import { LEARNING_EVENT_HANDLERS } from '../src/learning/event-handlers';
import { ENROL_ACCEPTED_STUDENT_HANDLER } from '../src/learning/program-enrolment';
import { createCourse } from './support/courses';
import { DROP, ENROLL, enrollDirectly, grantAccessDirectly } from './support/learning';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma);
});

afterAll(async () => {
  await platform?.stop();
});

function acceptedPayload(applicantId: string, firstTermCourseIds: string[]) {
  return {
    applicationId: randomUUID(),
    applicantId,
    programId: randomUUID(),
    intakeId: randomUUID(),
    firstTermCourseIds,
    acceptedAt: new Date().toISOString(),
  };
}

function acceptedEvent(applicantId: string, firstTermCourseIds: string[]): DomainEvent {
  return { id: randomUUID(), type: 'ApplicationAccepted', domain: 'admissions', payload: acceptedPayload(applicantId, firstTermCourseIds), occurredAt: new Date().toISOString() };
}

const handle = (event: DomainEvent) => LEARNING_EVENT_HANDLERS[ENROL_ACCEPTED_STUDENT_HANDLER].handle(prisma, event);
const course = async (options: { isFree?: boolean; status?: CourseStatus } = {}) => (await createCourse(prisma, { ownerId: owner.id, ...options })).course;
const enrollmentOf = (userId: string, courseId: string) => prisma.enrollment.findUnique({ where: { courseId_userId: { courseId, userId } } });
const grantOf = (userId: string, courseId: string) => prisma.courseAccessGrant.findUnique({ where: { courseId_userId: { courseId, userId } } });
const activations = async (userId: string) =>
  (await prisma.coursesOutboxEvent.findMany({ where: { type: 'EnrollmentActivated', payload: { path: ['userId'], equals: userId } } }))
    .map((row) => (row.payload as { courseId: string }).courseId)
    .sort();

test('enrols the student in every published first-term course, announcing each enrollment', async () => {
  const student = await createStudent(prisma);
  const free = await course({ isFree: true });
  const paid = await course({ isFree: false });
  await handle(acceptedEvent(student.id, [free.id, paid.id]));

  expect(await enrollmentOf(student.id, free.id)).toMatchObject({ status: 'active', courseVersion: free.version });
  expect(await enrollmentOf(student.id, paid.id)).toMatchObject({ status: 'active', courseVersion: paid.version });
  expect(await activations(student.id)).toEqual([free.id, paid.id].sort());
});

test('grants access to a paid course and none to a free one', async () => {
  const student = await createStudent(prisma);
  const free = await course({ isFree: true });
  const paid = await course({ isFree: false });
  await handle(acceptedEvent(student.id, [free.id, paid.id]));
  expect(await grantOf(student.id, paid.id)).toMatchObject({ revokedAt: null, orderId: null });
  expect(await grantOf(student.id, free.id)).toBeNull();
});

test('keeps the order on a paid course the student had already bought', async () => {
  const student = await createStudent(prisma);
  const paid = await course({ isFree: false });
  const bought = await grantAccessDirectly(prisma, { userId: student.id, courseId: paid.id });
  await handle(acceptedEvent(student.id, [paid.id]));
  expect(await grantOf(student.id, paid.id)).toMatchObject({ orderId: bought.orderId, revokedAt: null });
  expect((await enrollmentOf(student.id, paid.id))?.status).toBe('active');
});

test('renews a revoked grant of a paid first-term course', async () => {
  const student = await createStudent(prisma);
  const paid = await course({ isFree: false });
  await prisma.courseAccessGrant.create({ data: { userId: student.id, courseId: paid.id, revokedAt: new Date() } });
  await handle(acceptedEvent(student.id, [paid.id]));
  expect((await grantOf(student.id, paid.id))?.revokedAt).toBeNull();
});

test('skips unknown, draft, in-review and archived courses', async () => {
  const student = await createStudent(prisma);
  const published = await course();
  const unpublished = await Promise.all((['draft', 'in_review', 'archived'] as const).map((status) => course({ status, isFree: false })));
  const unknown = randomUUID();
  await handle(acceptedEvent(student.id, [unknown, published.id, ...unpublished.map((skipped) => skipped.id)]));

  expect((await enrollmentOf(student.id, published.id))?.status).toBe('active');
  for (const skipped of [...unpublished.map((item) => item.id), unknown]) {
    expect(await enrollmentOf(student.id, skipped)).toBeNull();
    expect(await grantOf(student.id, skipped)).toBeNull();
  }
  expect(await activations(student.id)).toEqual([published.id]);
});

test('leaves an active or completed enrollment as it was', async () => {
  const student = await createStudent(prisma);
  const active = await course();
  const completed = await course();
  const before = [await enrollDirectly(prisma, { userId: student.id, courseId: active.id }), await enrollDirectly(prisma, { userId: student.id, courseId: completed.id, status: 'completed' })];
  await handle(acceptedEvent(student.id, [active.id, completed.id]));

  expect(await enrollmentOf(student.id, active.id)).toEqual(before[0]);
  expect(await enrollmentOf(student.id, completed.id)).toEqual(before[1]);
  expect(await activations(student.id)).toEqual([]);
});

test('reactivates a dropped enrollment, keeping its row', async () => {
  const student = await createStudent(prisma);
  const first = await course();
  const dropped = await enrollDirectly(prisma, { userId: student.id, courseId: first.id, status: 'dropped' });
  await handle(acceptedEvent(student.id, [first.id]));
  expect(await enrollmentOf(student.id, first.id)).toMatchObject({ id: dropped.id, status: 'active', droppedAt: null });
  expect(await activations(student.id)).toEqual([first.id]);
});

test('enrols once in a course listed twice', async () => {
  const student = await createStudent(prisma);
  const first = await course();
  await handle(acceptedEvent(student.id, [first.id, first.id]));
  expect(await activations(student.id)).toEqual([first.id]);
});

test('applies a redelivered acceptance only once', async () => {
  const student = await createStudent(prisma);
  const first = await course();
  const accepted = acceptedEvent(student.id, [first.id]);
  await handle(accepted);
  await prisma.enrollment.update({ where: { courseId_userId: { courseId: first.id, userId: student.id } }, data: { status: 'dropped', droppedAt: new Date() } });
  await handle(accepted);
  expect((await enrollmentOf(student.id, first.id))?.status).toBe('dropped');
  expect(await activations(student.id)).toEqual([first.id]);
});

test('refuses a malformed acceptance so that it is dead-lettered', async () => {
  const student = await createStudent(prisma);
  const first = await course();
  const malformed = acceptedEvent(student.id, [first.id]);
  await expect(handle({ ...malformed, payload: { ...acceptedPayload(student.id, [first.id]), firstTermCourseIds: 'all of them' } })).rejects.toThrow(/malformed payload/);
  await expect(handle({ ...malformed, payload: { ...acceptedPayload(student.id, [first.id]), acceptedAt: 'yesterday' } })).rejects.toThrow(/malformed payload/);
  expect(await enrollmentOf(student.id, first.id)).toBeNull();
});

describe('through the event bus', () => {
  it('an acceptance in the admissions outbox enrols the student, who can then study the paid course', async () => {
    const student = await createStudent(prisma);
    const paid = await course({ isFree: false });
    await emitEvent(prisma, 'admissions', 'ApplicationAccepted', acceptedPayload(student.id, [paid.id]));
    await waitFor(async () => (await enrollmentOf(student.id, paid.id))?.status === 'active', { what: 'the first-term enrollment' });

    const again = await platform.graphql(ENROLL, { courseId: paid.id }, { token: student.token });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The grant is what the real access check reads: dropping and enrolling again needs no payment.
    expect((await platform.graphql(DROP, { courseId: paid.id }, { token: student.token })).errors).toBeUndefined();
    const back = await platform.graphql<{ enroll: { status: string } }>(ENROLL, { courseId: paid.id }, { token: student.token });
    expect(back.errors).toBeUndefined();
    expect(back.data?.enroll.status).toBe('active');
  });
});
