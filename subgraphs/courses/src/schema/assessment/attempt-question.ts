// One question of a quiz attempt as the student sees it: in the attempt's order with options in the
// attempt's order and the saved answer. The answer key, the explanation and the points earned appear
// only once the attempt is submitted; the AI draft of an essay grade only to the course's instructors.
import type { AttemptAnswer, Question, QuizAttempt } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { canEditCourseById } from '../../content-access';
import { essayKeySchema, readOptions, type QuestionOption } from '../../question-spec';
import type { LayoutEntry } from '../../assessment/attempt-layout';
import { finalAnswerScore } from '../../assessment/attempt-score';
import { readEssayDraft } from '../../assessment/essays';
import { essayRubric, readResponse } from '../../assessment/grading';
import { QuestionTypeEnum } from '../content/enums';
import { QuestionOptionType, RubricCriterionType } from '../content/rubric';
import { AnswerResponseType } from './answer-response';
import { CorrectAnswerType, correctAnswerOf } from './correct-answer';
import { EssayGradeDraftType } from './essay-grade-draft';
import { RubricScoreType, rubricScoresOf } from './rubric-score';

export interface AttemptQuestionView {
  attempt: QuizAttempt;
  position: number;
  entry: LayoutEntry;
  question: Question;
  answer: AttemptAnswer | null;
}

const submitted = (view: AttemptQuestionView) => view.attempt.status !== 'in_progress';

function optionsInAttemptOrder(view: AttemptQuestionView): QuestionOption[] {
  let options: QuestionOption[];
  try {
    options = readOptions(view.question.options);
  } catch {
    return [];
  }
  const byId = new Map(options.map((option) => [option.id, option]));
  // Options an author added after the attempt started are not part of it; removed ones drop out.
  return view.entry.optionIds.flatMap((id) => byId.get(id) ?? []);
}

export const AttemptQuestionType = builder.objectRef<AttemptQuestionView>('AttemptQuestion').implement({
  description: 'A question of an attempt. correctAnswer, explanation and pointsEarned stay null until the attempt is submitted.',
  fields: (t) => ({
    id: t.id({ description: 'The bank question’s id.', resolve: (view) => view.question.id }),
    position: t.exposeInt('position', { description: 'Place in this attempt, from 0.' }),
    type: t.field({ type: QuestionTypeEnum, resolve: (view) => view.question.type }),
    prompt: t.string({ resolve: (view) => view.question.prompt }),
    points: t.int({ description: 'What the question is worth in this attempt.', resolve: (view) => view.entry.points }),
    options: t.field({
      type: [QuestionOptionType],
      description: 'Choices in this attempt’s order (multiple choice); empty for other types.',
      resolve: optionsInAttemptOrder,
    }),
    maxWords: t.int({
      nullable: true,
      description: 'Longest accepted essay, in words.',
      resolve: (view) => {
        if (view.question.type !== 'essay') return null;
        const key = essayKeySchema.safeParse(view.question.answerKey);
        return key.success ? (key.data.maxWords ?? null) : null;
      },
    }),
    rubric: t.field({
      type: [RubricCriterionType],
      description: 'What an essay is scored against; empty for other types.',
      resolve: (view) => (view.question.type === 'essay' ? essayRubric(view.question.answerKey, view.entry.points) : []),
    }),
    response: t.field({
      type: AnswerResponseType,
      nullable: true,
      description: 'The saved answer; null when nothing was saved.',
      resolve: (view) => (view.answer === null ? null : readResponse(view.answer.response)),
    }),
    savedAt: t.field({ type: 'DateTime', nullable: true, resolve: (view) => view.answer?.savedAt ?? null }),
    pointsEarned: t.float({
      nullable: true,
      description: 'Null before submission, and for an essay until a person grades it.',
      resolve: (view) => (submitted(view) ? finalAnswerScore(view.question.type, view.answer ?? undefined) : null),
    }),
    correctAnswer: t.field({
      type: CorrectAnswerType,
      nullable: true,
      description: 'Null before submission and for essays.',
      resolve: (view) => (submitted(view) ? correctAnswerOf(view.question) : null),
    }),
    explanation: t.string({
      nullable: true,
      description: 'Null before submission.',
      resolve: (view) => (submitted(view) ? view.question.explanation : null),
    }),
    feedback: t.string({ nullable: true, description: 'The grader’s comments on an essay.', resolve: (view) => view.answer?.feedback ?? null }),
    rubricScores: t.field({
      type: [RubricScoreType],
      description: 'The grader’s score per rubric criterion (essays); empty until graded.',
      resolve: (view) => rubricScoresOf(view.answer?.rubricScores, essayRubric(view.question.answerKey, view.entry.points)),
    }),
    gradedAt: t.field({ type: 'DateTime', nullable: true, resolve: (view) => view.answer?.gradedAt ?? null }),
    aiDraft: t.field({
      type: EssayGradeDraftType,
      nullable: true,
      description: 'An AI-suggested grade for an essay: the course’s instructors and admins only. Never final.',
      authScopes: (view, _args, context) => canEditCourseById(context, view.attempt.courseId),
      resolve: (view) => readEssayDraft(view.answer?.aiDraft),
    }),
  }),
});
