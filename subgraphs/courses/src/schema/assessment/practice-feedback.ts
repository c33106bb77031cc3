// What a practice answer earned and why: shown right after answering in practice mode, and for every
// question once an exam-mode session is submitted.
import type { PracticeAnswer, Question } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { CorrectAnswerType, correctAnswerOf } from './correct-answer';

export interface PracticeFeedbackView {
  question: Question;
  /** Null for a question left unanswered. */
  answer: PracticeAnswer | null;
}

export const PracticeFeedbackType = builder.objectRef<PracticeFeedbackView>('PracticeFeedback').implement({
  description: 'How an answer did. Essays are not graded in practice: correct and score are null for them.',
  fields: (t) => ({
    correct: t.boolean({
      nullable: true,
      description: 'Full marks. False for an unanswered question; null for essays.',
      resolve: ({ question, answer }) => (question.type === 'essay' ? null : (answer?.score ?? 0) >= 1),
    }),
    score: t.float({
      nullable: true,
      description: 'Fraction of the question earned, 0 to 1 (partial credit on multi-select); null for essays.',
      resolve: ({ question, answer }) => (question.type === 'essay' ? null : (answer?.score ?? 0)),
    }),
    correctAnswer: t.field({ type: CorrectAnswerType, nullable: true, resolve: ({ question }) => correctAnswerOf(question) }),
    explanation: t.string({ resolve: ({ question }) => question.explanation }),
  }),
});
