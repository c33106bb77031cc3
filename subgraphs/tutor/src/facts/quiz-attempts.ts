// Quiz attempts mirrored from courses, so the tutor knows which quiz a student is taking right now
// (safety/honesty.ts). Only question prompts travel here, never their answers.
//
// Events can arrive in either order: an Ended that comes first leaves an ended row with no questions,
// and the late Started fills in the questions without reopening it.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { factHandler } from './fact-handler';

export const QUIZ_ATTEMPT_STARTED_HANDLER = 'mirror-quiz-attempt-started';
export const QUIZ_ATTEMPT_ENDED_HANDLER = 'mirror-quiz-attempt-ended';

export const quizAttemptStartedSchema = z.object({
  attemptId: z.uuid(),
  userId: z.uuid(),
  courseId: z.uuid(),
  quizId: z.uuid(),
  startedAt: z.iso.datetime({ offset: true }),
  deadlineAt: z.iso.datetime({ offset: true }).nullable(),
  questions: z.array(z.object({ id: z.string().min(1), prompt: z.string() })),
});
export type QuizAttemptStarted = z.infer<typeof quizAttemptStartedSchema>;

export const quizAttemptEndedSchema = z.object({
  attemptId: z.uuid(),
  userId: z.uuid(),
  courseId: z.uuid(),
  quizId: z.uuid(),
  endedAt: z.iso.datetime({ offset: true }),
});
export type QuizAttemptEnded = z.infer<typeof quizAttemptEndedSchema>;

export async function recordQuizAttemptStarted(tx: Db, started: QuizAttemptStarted): Promise<void> {
  const facts = {
    userId: started.userId,
    courseId: started.courseId,
    quizId: started.quizId,
    questions: started.questions.map(({ id, prompt }) => ({ id, prompt })),
    startedAt: new Date(started.startedAt),
    deadlineAt: started.deadlineAt ? new Date(started.deadlineAt) : null,
  };
  // endedAt is left alone on update: an attempt that already ended stays ended.
  await tx.tutorQuizAttempt.upsert({ where: { attemptId: started.attemptId }, create: { attemptId: started.attemptId, ...facts }, update: facts });
}

export async function recordQuizAttemptEnded(tx: Db, ended: QuizAttemptEnded): Promise<void> {
  const endedAt = new Date(ended.endedAt);
  await tx.tutorQuizAttempt.upsert({
    where: { attemptId: ended.attemptId },
    // Not started as far as we know: the start time is unknown until its event arrives, and no question is open.
    create: { attemptId: ended.attemptId, userId: ended.userId, courseId: ended.courseId, quizId: ended.quizId, questions: [], startedAt: endedAt, endedAt },
    update: { endedAt },
  });
}

export const handleQuizAttemptStarted = factHandler(QUIZ_ATTEMPT_STARTED_HANDLER, quizAttemptStartedSchema, recordQuizAttemptStarted);
export const handleQuizAttemptEnded = factHandler(QUIZ_ATTEMPT_ENDED_HANDLER, quizAttemptEndedSchema, recordQuizAttemptEnded);
