// The CourseCompleted consumer: completions are mirrored for prerequisite rules, exactly once per event,
// and a malformed event changes nothing.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { COURSE_COMPLETED_HANDLER, handleCourseCompletedForAdmissions } from '../src/eligibility/completed-courses';
import { courseCompletedEvent } from './support/eligibility';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const completionsOf = (userId: string) => prisma.admissionsCompletedCourse.findMany({ where: { userId }, orderBy: { courseId: 'asc' } });

test('a completed course is mirrored with its completion time and the event recorded as processed', async () => {
  const [userId, courseId] = [randomUUID(), randomUUID()];
  const event = courseCompletedEvent({ userId, courseId, completedAt: '2026-06-30T12:00:00.000Z' });

  await handleCourseCompletedForAdmissions(prisma, event);

  expect(await completionsOf(userId)).toEqual([{ userId, courseId, completedAt: new Date('2026-06-30T12:00:00.000Z') }]);
  expect(await prisma.admissionsProcessedEvent.count({ where: { eventId: event.id, handler: COURSE_COMPLETED_HANDLER } })).toBe(1);
});

test('a redelivered event, even concurrently, is applied once', async () => {
  const [userId, courseId] = [randomUUID(), randomUUID()];
  const event = courseCompletedEvent({ userId, courseId });

  await Promise.all([handleCourseCompletedForAdmissions(prisma, event), handleCourseCompletedForAdmissions(prisma, event)]);
  // Removing the row shows a later redelivery does not apply the event again.
  await prisma.admissionsCompletedCourse.deleteMany({ where: { userId } });
  await handleCourseCompletedForAdmissions(prisma, event);

  expect(await completionsOf(userId)).toEqual([]);
  expect(await prisma.admissionsProcessedEvent.count({ where: { eventId: event.id } })).toBe(1);
});

test('completing the same course again keeps the first completion time', async () => {
  const [userId, courseId] = [randomUUID(), randomUUID()];
  await handleCourseCompletedForAdmissions(prisma, courseCompletedEvent({ userId, courseId, completedAt: '2026-01-10T09:00:00.000Z' }));
  await handleCourseCompletedForAdmissions(prisma, courseCompletedEvent({ userId, courseId, completedAt: '2026-08-10T09:00:00.000Z' }));

  expect(await completionsOf(userId)).toEqual([{ userId, courseId, completedAt: new Date('2026-01-10T09:00:00.000Z') }]);
});

test('a malformed payload fails loudly and records nothing', async () => {
  const userId = randomUUID();
  const event = { ...courseCompletedEvent({ userId, courseId: randomUUID() }), payload: { userId, courseId: 'not-a-course', completedAt: 'yesterday' } };

  await expect(handleCourseCompletedForAdmissions(prisma, event)).rejects.toThrow(/malformed payload/);
  expect(await completionsOf(userId)).toEqual([]);
  expect(await prisma.admissionsProcessedEvent.count({ where: { eventId: event.id } })).toBe(0);
});
