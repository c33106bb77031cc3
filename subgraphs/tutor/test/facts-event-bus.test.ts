// The tutor's consumers are registered on the platform's bus: facts written to other domains' outboxes
// reach the tutor's tables.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { emitEvent } from '../../kit/src/events';
import { waitFor } from '../../kit/src/wait-for';
import { TUTOR_EVENT_HANDLERS } from '../src/event-handlers';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

describe('registerTutorEventHandlers', () => {
  it('consumes every fact the tutor mirrors, and the course material', () => {
    expect(Object.values(TUTOR_EVENT_HANDLERS).map(({ type }) => type).sort()).toEqual([
      'CourseContentPublished',
      'CourseInstructorsChanged',
      'EnrollmentActivated',
      'EnrollmentDropped',
      'EssaySubmitted',
      'ParentLinkConfirmed',
      'QuizAttemptEnded',
      'QuizAttemptStarted',
      'TutorPlanChanged',
      'UserDeleted',
    ]);
  });

  it("mirrors users' and courses' events relayed from their outboxes", async () => {
    const link = { parentId: randomUUID(), childId: randomUUID() };
    const attemptId = randomUUID();
    await emitEvent(prisma, 'users', 'ParentLinkConfirmed', link);
    await emitEvent(prisma, 'courses', 'QuizAttemptStarted', {
      attemptId,
      userId: link.childId,
      courseId: randomUUID(),
      quizId: randomUUID(),
      startedAt: new Date().toISOString(),
      deadlineAt: null,
      questions: [{ id: randomUUID(), prompt: 'Define entropy.' }],
    });
    await waitFor(async () => (await prisma.tutorGuardianLink.count({ where: link })) === 1, { what: 'the mirrored guardian link' });
    await waitFor(async () => (await prisma.tutorQuizAttempt.count({ where: { attemptId } })) === 1, { what: 'the mirrored quiz attempt' });
  });

  it('keeps the enrollments it answers for in step with courses', async () => {
    const enrollment = { enrollmentId: randomUUID(), userId: randomUUID(), courseId: randomUUID() };
    await emitEvent(prisma, 'courses', 'EnrollmentActivated', enrollment);
    await waitFor(async () => (await prisma.tutorEnrollment.count({ where: { userId: enrollment.userId } })) === 1, { what: 'the mirrored enrollment' });
    await emitEvent(prisma, 'courses', 'EnrollmentDropped', { ...enrollment, reason: 'dropped' });
    await waitFor(async () => (await prisma.tutorEnrollment.count({ where: { userId: enrollment.userId } })) === 0, { what: 'the dropped enrollment to go' });
  });
});
