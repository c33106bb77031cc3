// One question of a practice session as the student sees it, with their answer and, when it may be
// shown, its feedback (see PracticeFeedback).
import type { PracticeAnswer, PracticeSession, Question } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { readOptions, type QuestionOption } from '../../question-spec';
import { readResponse } from '../../assessment/grading';
import { DifficultyEnum, QuestionTypeEnum } from '../content/enums';
import { QuestionOptionType } from '../content/rubric';
import { AnswerResponseType } from './answer-response';
import { PracticeFeedbackType } from './practice-feedback';

export interface PracticeQuestionView {
  session: PracticeSession;
  position: number;
  question: Question;
  answer: PracticeAnswer | null;
}

/** Practice mode: once answered. Exam mode: once the session is submitted. */
export function feedbackVisible(session: PracticeSession, answer: PracticeAnswer | null): boolean {
  return session.mode === 'practice' ? answer !== null : session.submittedAt !== null;
}

function optionsOf(question: Question): QuestionOption[] {
  try {
    return readOptions(question.options);
  } catch {
    return [];
  }
}

export const PracticeQuestionType = builder.objectRef<PracticeQuestionView>('PracticeQuestion').implement({
  description: 'A question of a practice session.',
  fields: (t) => ({
    id: t.id({ description: 'The bank question’s id.', resolve: (view) => view.question.id }),
    position: t.exposeInt('position'),
    type: t.field({ type: QuestionTypeEnum, resolve: (view) => view.question.type }),
    prompt: t.string({ resolve: (view) => view.question.prompt }),
    options: t.field({ type: [QuestionOptionType], resolve: (view) => optionsOf(view.question) }),
    topic: t.string({ resolve: (view) => view.question.topic }),
    difficulty: t.field({ type: DifficultyEnum, resolve: (view) => view.question.difficulty }),
    response: t.field({
      type: AnswerResponseType,
      nullable: true,
      resolve: (view) => (view.answer === null ? null : readResponse(view.answer.response)),
    }),
    feedback: t.field({
      type: PracticeFeedbackType,
      nullable: true,
      description: 'Practice mode: after you answer. Exam mode: after you submit.',
      resolve: (view) => (feedbackVisible(view.session, view.answer) ? { question: view.question, answer: view.answer } : null),
    }),
  }),
});
