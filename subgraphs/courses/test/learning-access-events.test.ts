// The learning area's event consumers: access grants and revocations from economy, confirmed parent
// links and deleted accounts from users. Handlers are called directly, and once through the real bus.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { waitFor } from '../../kit/src/wait-for';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { LEARNING_EVENT_HANDLERS } from '../src/learning/event-handlers';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { ENROLL, emitCoursesEvent, enrollDirectly, grantAccessDirectly } from './support/learning';

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

function eventOf(type: string, payload: unknown): DomainEvent {
  return { id: randomUUID(), type, domain: 'economy', payload, occurredAt: new Date().toISOString() };
}

const grantOf = (userId: string, courseId: string) => prisma.courseAccessGrant.findUnique({ where: { courseId_userId: { courseId, userId } } });
const enrollmentOf = (userId: string, courseId: string) => prisma.enrollment.findUnique({ where: { courseId_userId: { courseId, userId } } });
const handle = (name: keyof typeof LEARNING_EVENT_HANDLERS, event: DomainEvent) => LEARNING_EVENT_HANDLERS[name].handle(prisma, event);

describe('CourseAccessGranted', () => {
  it('records a grant with its order', async () => {
    const student = await createStudent(prisma);
    const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
    await handle('grant-course-access', eventOf('CourseAccessGranted', { userId: student.id, courseId: course.id, orderId: 'order-17' }));
    expect(await grantOf(student.id, course.id)).toMatchObject({ orderId: 'order-17', revokedAt: null });
  });

  it('renews a revoked grant', async () => {
    const student = await createStudent(prisma);
    const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
    await prisma.courseAccessGrant.create({ data: { userId: student.id, courseId: course.id, revokedAt: new Date() } });
    await handle('grant-course-access', eventOf('CourseAccessGranted', { userId: student.id, courseId: course.id }));
    expect((await grantOf(student.id, course.id))?.revokedAt).toBeNull();
  });

  it('applies a redelivered event only once', async () => {
    const student = await createStudent(prisma);
    const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
    const granted = eventOf('CourseAccessGranted', { userId: student.id, courseId: course.id });
    await handle('grant-course-access', granted);
    await handle('revoke-course-access', eventOf('CourseAccessRevoked', { userId: student.id, courseId: course.id }));
    await handle('grant-course-access', granted);
    expect((await grantOf(student.id, course.id))?.revokedAt).toEqual(expect.any(Date));
  });

  it('skips a course that does not exist', async () => {
    const student = await createStudent(prisma);
    const courseId = randomUUID();
    await handle('grant-course-access', eventOf('CourseAccessGranted', { userId: student.id, courseId }));
    expect(await grantOf(student.id, courseId)).toBeNull();
  });

  it('refuses a malformed payload so that it is dead-lettered', async () => {
    await expect(handle('grant-course-access', eventOf('CourseAccessGranted', { userId: 'someone', courseId: 42 }))).rejects.toThrow(/malformed payload/);
  });
});

describe('CourseAccessRevoked', () => {
  it('revokes the grant and drops the active enrollment in the paid course', async () => {
    const student = await createStudent(prisma);
    const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
    await grantAccessDirectly(prisma, { userId: student.id, courseId: course.id });
    await enrollDirectly(prisma, { userId: student.id, courseId: course.id });
    await handle('revoke-course-access', eventOf('CourseAccessRevoked', { userId: student.id, courseId: course.id }));
    expect((await grantOf(student.id, course.id))?.revokedAt).toEqual(expect.any(Date));
    expect(await enrollmentOf(student.id, course.id)).toMatchObject({ status: 'dropped', droppedAt: expect.any(Date) });
  });

  it('leaves a completed enrollment completed', async () => {
    const student = await createStudent(prisma);
    const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
    await grantAccessDirectly(prisma, { userId: student.id, courseId: course.id });
    await enrollDirectly(prisma, { userId: student.id, courseId: course.id, status: 'completed' });
    await handle('revoke-course-access', eventOf('CourseAccessRevoked', { userId: student.id, courseId: course.id }));
    expect((await enrollmentOf(student.id, course.id))?.status).toBe('completed');
  });

  it('does not drop an enrollment in a free course', async () => {
    const student = await createStudent(prisma);
    const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: true });
    await enrollDirectly(prisma, { userId: student.id, courseId: course.id });
    await handle('revoke-course-access', eventOf('CourseAccessRevoked', { userId: student.id, courseId: course.id }));
    expect((await enrollmentOf(student.id, course.id))?.status).toBe('active');
  });
});

describe('guardian links', () => {
  it('mirrors a confirmed parent link once, however often it arrives', async () => {
    const parent = await createStudent(prisma);
    const child = await createStudent(prisma);
    const confirmed = eventOf('ParentLinkConfirmed', { parentId: parent.id, childId: child.id });
    await handle('mirror-guardian-link', confirmed);
    await handle('mirror-guardian-link', { ...confirmed, id: randomUUID() });
    expect(await prisma.guardianLink.count({ where: { parentId: parent.id, childId: child.id } })).toBe(1);
  });

  it('forgets every link of a deleted account, as parent and as child', async () => {
    const parent = await createStudent(prisma);
    const child = await createStudent(prisma);
    const grandparent = await createStudent(prisma);
    await prisma.guardianLink.createMany({ data: [{ parentId: parent.id, childId: child.id }, { parentId: grandparent.id, childId: parent.id }] });
    await handle('forget-deleted-guardian', eventOf('UserDeleted', { userId: parent.id }));
    expect(await prisma.guardianLink.count({ where: { OR: [{ parentId: parent.id }, { childId: parent.id }] } })).toBe(0);
  });
});

describe('through the event bus', () => {
  it('a grant relayed from the outbox lets the student enroll, and a revocation drops them', async () => {
    const student = await createStudent(prisma);
    const { course } = await createCourse(prisma, { ownerId: owner.id, isFree: false });
    expect(errorCodes(await platform.graphql(ENROLL, { courseId: course.id }, { token: student.token }))).toEqual(['PAYMENT_REQUIRED']);

    await emitCoursesEvent(prisma, 'CourseAccessGranted', { userId: student.id, courseId: course.id, orderId: 'order-bus' });
    await waitFor(async () => (await grantOf(student.id, course.id)) !== null, { what: 'the access grant' });
    const enrolled = await platform.graphql<{ enroll: { status: string } }>(ENROLL, { courseId: course.id }, { token: student.token });
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data?.enroll.status).toBe('active');

    await emitCoursesEvent(prisma, 'CourseAccessRevoked', { userId: student.id, courseId: course.id });
    await waitFor(async () => (await enrollmentOf(student.id, course.id))?.status === 'dropped', { what: 'the enrollment to be dropped' });
    expect((await grantOf(student.id, course.id))?.revokedAt).toEqual(expect.any(Date));
  });
});
