// Academic honesty: while a student has a quiz attempt open, the tutor does not answer that quiz's
// questions. Attempts are mirrored from courses' events (facts/quiz-attempts.ts); a message is taken for
// a quiz question when it shares most of the question's topic words or quotes a long stretch of it.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import type { ActiveQuiz } from './active-quiz';
import { questionSimilarity, type QuestionSimilarity } from './question-similarity';

/** Significant-word Jaccard at or above which a message is the question reworded. */
export const QUESTION_JACCARD_THRESHOLD = 0.6;
/** Share of the question's significant words a longer message must contain to be asking it. */
export const QUESTION_COVERAGE_THRESHOLD = 0.8;
/** Consecutive question words a message must quote to be asking it (or the whole question, if shorter). */
export const QUOTED_RUN_WORDS = 8;

const storedQuestionsSchema = z.array(z.object({ id: z.string(), prompt: z.string() }));

/** The student's quiz attempts that are still open at `now`: not ended, and their deadline (if any) not passed. */
export async function activeQuizzesFor(db: Db, userId: string, now: Date): Promise<ActiveQuiz[]> {
  const attempts = await db.tutorQuizAttempt.findMany({
    where: { userId, endedAt: null, OR: [{ deadlineAt: null }, { deadlineAt: { gt: now } }] },
    orderBy: { startedAt: 'asc' },
  });
  return attempts.map((attempt) => {
    const questions = storedQuestionsSchema.safeParse(attempt.questions);
    return {
      attemptId: attempt.attemptId,
      quizId: attempt.quizId,
      courseId: attempt.courseId,
      questions: questions.success ? questions.data : [],
      deadlineAt: attempt.deadlineAt,
    };
  });
}

/** How strongly the similarity says "this is the question"; 0 when it does not. */
function matchStrength(similarity: QuestionSimilarity): number {
  const quotedEnough =
    similarity.longestQuotedRun >= Math.min(QUOTED_RUN_WORDS, similarity.questionLength) && similarity.questionLength >= 4;
  // A single shared word ("photosynthesis") is the topic, not the question.
  const reworded = similarity.sharedWords >= 2 && similarity.jaccard >= QUESTION_JACCARD_THRESHOLD;
  const covered = similarity.sharedWords >= 3 && similarity.coverage >= QUESTION_COVERAGE_THRESHOLD;
  if (!quotedEnough && !reworded && !covered) return 0;
  return Math.max(similarity.jaccard, similarity.coverage, quotedEnough ? 1 : 0);
}

/** The open quiz question the student's message asks, if any (the closest one when several are close). */
export function matchActiveQuizQuestion(question: string, quizzes: ActiveQuiz[]): { quiz: ActiveQuiz; questionId: string } | null {
  let best: { quiz: ActiveQuiz; questionId: string; strength: number } | null = null;
  for (const quiz of quizzes) {
    for (const quizQuestion of quiz.questions) {
      const strength = matchStrength(questionSimilarity(question, quizQuestion.prompt));
      if (strength > 0 && (!best || strength > best.strength)) best = { quiz, questionId: quizQuestion.id, strength };
    }
  }
  return best && { quiz: best.quiz, questionId: best.questionId };
}

/** What the tutor says instead of answering a question from the student's open quiz. */
export function honestyReply(quiz: ActiveQuiz): string {
  const until = quiz.deadlineAt ? ` (it closes at ${quiz.deadlineAt.toISOString().slice(11, 16)} UTC)` : '';
  return (
    `That looks like a question from the quiz you're taking right now${until}, so I won't answer it for you — ` +
    "this one is yours to work out. Once you've submitted, I'd be glad to go through it with you step by step. " +
    'In the meantime, I can explain the general idea behind the topic without working through this question.'
  );
}
