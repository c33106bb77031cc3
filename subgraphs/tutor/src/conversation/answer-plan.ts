// Decides, before anything is stored, how the tutor meets a question: refuse it (moderation), decline to
// help with a running quiz (academic honesty), or answer it. Pure apart from the facts passed in.
import { moderateText, refusalFor } from '../safety/moderation';
import { looksLikeInjection } from '../safety/injection';
import { honestyReply, matchActiveQuizQuestion } from '../safety/honesty';
import type { ActiveQuiz } from '../safety/active-quiz';

export type AnswerPlan =
  /** The question falls in a blocked category: the tutor says `text` instead and flags the question. */
  | { kind: 'refuse'; text: string; category: string }
  /** The question is one of a quiz the student is taking now: the tutor says `text` instead. */
  | { kind: 'honesty'; text: string; quizId: string }
  | { kind: 'answer' };

export interface QuestionAssessment {
  plan: AnswerPlan;
  /** Why the question is flagged for the student's instructors and parents; null when it is not. */
  flagReason: string | null;
}

export function assessQuestion(question: string, activeQuizzes: ActiveQuiz[]): QuestionAssessment {
  const moderation = moderateText(question, 'input');
  if (!moderation.allowed) {
    return {
      plan: { kind: 'refuse', text: refusalFor(moderation.category), category: moderation.category },
      flagReason: `Blocked (${moderation.category}): ${moderation.reason}`,
    };
  }
  const injection = looksLikeInjection(question);
  const flagReason = injection.length > 0 ? `Possible prompt injection: ${injection.join('; ')}` : null;
  const quizMatch = matchActiveQuizQuestion(question, activeQuizzes);
  if (quizMatch) return { plan: { kind: 'honesty', text: honestyReply(quizMatch.quiz), quizId: quizMatch.quiz.quizId }, flagReason };
  return { plan: { kind: 'answer' }, flagReason };
}
