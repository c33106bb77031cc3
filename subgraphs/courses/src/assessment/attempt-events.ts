// The facts about quiz attempts that courses announces to other domains. The tutor domain mirrors them:
// while an attempt is open it declines to answer that quiz's questions, and it drafts rubric-aligned
// feedback on submitted essays (sending back `EssayGradeDrafted`). Each event is written to the courses
// outbox in the transaction that starts or ends the attempt.
//
// Nothing here carries an answer key, the options' correctness or an explanation: a student's tutor
// must not be able to learn the answers from what it was told.
import type { Db } from '../../../kit/src/db';
import type { DomainOutbox } from '../../../kit/src/events';
import type { RubricCriterion } from '../question-spec';

/** Payload of `QuizAttemptStarted`: a student opened a new attempt (resuming one announces nothing). */
export interface QuizAttemptStarted {
  attemptId: string;
  userId: string;
  courseId: string;
  quizId: string;
  /** ISO-8601. */
  startedAt: string;
  /** ISO-8601; null for an untimed quiz. */
  deadlineAt: string | null;
  /** The attempt's questions in the order it shows them: prompts only. */
  questions: { id: string; prompt: string }[];
}

/** Payload of `QuizAttemptEnded`: the attempt was submitted, by the student or on its deadline. */
export interface QuizAttemptEnded {
  attemptId: string;
  userId: string;
  courseId: string;
  quizId: string;
  /** ISO-8601; the deadline itself when the attempt was closed after time ran out. */
  endedAt: string;
}

/**
 * Payload of `EssaySubmitted`: one written essay answer of a submitted attempt. `rubric` is the rubric
 * the essay is graded against — the question's own criteria, or the single `overall` criterion worth
 * the question's points when it has none — so a drafted grade's `criterionId`s fit what grading accepts.
 */
export interface EssaySubmitted {
  attemptId: string;
  questionId: string;
  userId: string;
  courseId: string;
  prompt: string;
  rubric: RubricCriterion[];
  answerText: string;
  /** ISO-8601: when the attempt counts as submitted. */
  submittedAt: string;
}

/** What `announceAttemptEnded` needs to know about the attempt. */
export interface EndedAttempt {
  id: string;
  userId: string;
  courseId: string;
  quizId: string;
  submittedAt: Date;
}

/** A written essay answer of the ended attempt, with the rubric it is graded against. */
export interface SubmittedEssay {
  questionId: string;
  prompt: string;
  rubric: RubricCriterion[];
  answerText: string;
}

export async function announceAttemptStarted(tx: Db, outbox: DomainOutbox, started: QuizAttemptStarted): Promise<void> {
  await outbox.emit(tx, 'QuizAttemptStarted', started);
}

/** `QuizAttemptEnded`, then one `EssaySubmitted` per essay that has an answer to read. */
export async function announceAttemptEnded(tx: Db, outbox: DomainOutbox, attempt: EndedAttempt, essays: readonly SubmittedEssay[]): Promise<void> {
  const submittedAt = attempt.submittedAt.toISOString();
  const ended: QuizAttemptEnded = { attemptId: attempt.id, userId: attempt.userId, courseId: attempt.courseId, quizId: attempt.quizId, endedAt: submittedAt };
  await outbox.emit(tx, 'QuizAttemptEnded', ended);
  for (const essay of essays) {
    // A blank essay gives the tutor nothing to comment on; the instructor grades it as it stands.
    if (essay.answerText.trim() === '') continue;
    const submitted: EssaySubmitted = {
      attemptId: attempt.id,
      questionId: essay.questionId,
      userId: attempt.userId,
      courseId: attempt.courseId,
      prompt: essay.prompt,
      rubric: essay.rubric,
      answerText: essay.answerText,
      submittedAt,
    };
    await outbox.emit(tx, 'EssaySubmitted', submitted);
  }
}
