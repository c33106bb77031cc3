// Application.spiritualEvaluation: the questionnaire with the applicant's answers, and for staff the
// rubric, the officer's scores and note, and the tutor's suggested draft. Applicants see their questions,
// their own answers and whether it has been scored; every internal field reads as null for them.
import type { SpiritualEvaluation } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { storedAnswersOf, storedDraftOf, storedScoresOf, type DraftCriterionScore, type StoredDraft } from '../../evaluation/evaluation-record';
import { MAX_ANSWER_LENGTH, RUBRIC_TOTAL, SPIRITUAL_QUESTIONS, SPIRITUAL_RUBRIC, criterionById, type RubricCriterion, type SpiritualQuestion } from '../../evaluation/questionnaire';
import { ApplicationType } from '../applications/application';
import { isViewerStaffOn } from '../applications/viewer-access';
import { UserRef, userReference } from '../content/user';

interface EvaluationView {
  evaluation: SpiritualEvaluation | null;
  /** The viewer is staff on the application: internal fields answer. */
  staff: boolean;
}

const SpiritualRubricCriterionType = builder.objectRef<RubricCriterion>('SpiritualRubricCriterion').implement({
  description: 'One criterion the spiritual evaluation is scored on.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    maxPoints: t.exposeInt('maxPoints'),
  }),
});

const SpiritualQuestionType = builder.objectRef<SpiritualQuestion & { answer: string | null }>('SpiritualQuestion').implement({
  description: 'One question of the spiritual questionnaire, with the applicant’s answer so far.',
  fields: (t) => ({
    id: t.exposeID('id'),
    prompt: t.exposeString('prompt'),
    guidance: t.exposeString('guidance'),
    maxLength: t.int({ description: 'Longest answer, in characters.', resolve: () => MAX_ANSWER_LENGTH }),
    answer: t.exposeString('answer', { nullable: true }),
  }),
});

const SpiritualCriterionScoreType = builder.objectRef<DraftCriterionScore>('SpiritualCriterionScore').implement({
  description: 'Points given on one criterion (with the draft’s comment, for a suggested score).',
  fields: (t) => ({
    criterion: t.field({ type: SpiritualRubricCriterionType, resolve: (score) => criterionById(score.criterionId)! }),
    points: t.exposeInt('points'),
    comment: t.exposeString('comment', { description: 'Empty for an officer’s score.' }),
  }),
});

const SpiritualEvaluationDraftType = builder.objectRef<StoredDraft>('SpiritualEvaluationDraft').implement({
  description: 'A suggested scoring written by the tutor. Never a score: an officer confirms one with scoreSpiritualEvaluation.',
  fields: (t) => ({
    scores: t.field({ type: [SpiritualCriterionScoreType], resolve: (draft) => draft.scores }),
    totalPoints: t.int({ resolve: (draft) => draft.scores.reduce((sum, score) => sum + score.points, 0) }),
    summary: t.exposeString('summary'),
    model: t.exposeString('model', { description: 'The model that wrote it, or how the offline draft was made.' }),
    offline: t.exposeBoolean('offline', { description: 'True when no language model was available and a simple offline estimate was made.' }),
    draftedAt: t.field({ type: 'DateTime', resolve: (draft) => new Date(draft.draftedAt) }),
  }),
});

const staffOnly = <T>(view: EvaluationView, value: (evaluation: SpiritualEvaluation) => T | null): T | null =>
  view.staff && view.evaluation ? value(view.evaluation) : null;

const SpiritualEvaluationType = builder.objectRef<EvaluationView>('SpiritualEvaluation').implement({
  description: 'The spiritual questionnaire and its scoring. Fields marked staff only are null for applicants.',
  fields: (t) => ({
    questions: t.field({
      type: [SpiritualQuestionType],
      resolve: (view) => {
        const { answers } = storedAnswersOf(view.evaluation);
        return SPIRITUAL_QUESTIONS.map((question) => ({ ...question, answer: answers[question.id] ?? null }));
      },
    }),
    submitted: t.boolean({ resolve: (view) => storedAnswersOf(view.evaluation).submittedAt !== null }),
    submittedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (view) => {
        const { submittedAt } = storedAnswersOf(view.evaluation);
        return submittedAt === null ? null : new Date(submittedAt);
      },
    }),
    scored: t.boolean({ description: 'True once an officer has confirmed scores.', resolve: (view) => Boolean(view.evaluation?.confirmedAt) }),
    maxScore: t.int({ resolve: () => RUBRIC_TOTAL }),
    rubric: t.field({ type: [SpiritualRubricCriterionType], nullable: true, description: 'Staff only.', resolve: (view) => (view.staff ? [...SPIRITUAL_RUBRIC] : null) }),
    scores: t.field({
      type: [SpiritualCriterionScoreType],
      nullable: true,
      description: 'The officer’s scores, in rubric order. Staff only; null until scored.',
      resolve: (view) => staffOnly(view, (evaluation) => (evaluation.confirmedAt ? storedScoresOf(evaluation).map((score) => ({ ...score, comment: '' })) : null)),
    }),
    totalScore: t.int({ nullable: true, description: 'Staff only.', resolve: (view) => staffOnly(view, (evaluation) => evaluation.totalScore) }),
    note: t.string({ nullable: true, description: 'The scoring officer’s note. Staff only.', resolve: (view) => staffOnly(view, (evaluation) => evaluation.officerNote) }),
    confirmedBy: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who scored it. Staff only.',
      resolve: (view) => staffOnly(view, (evaluation) => (evaluation.confirmedById ? userReference(evaluation.confirmedById) : null)),
    }),
    confirmedAt: t.field({ type: 'DateTime', nullable: true, description: 'Staff only.', resolve: (view) => staffOnly(view, (evaluation) => evaluation.confirmedAt) }),
    aiDraft: t.field({ type: SpiritualEvaluationDraftType, nullable: true, description: 'The tutor’s latest suggestion. Staff only.', resolve: (view) => staffOnly(view, storedDraftOf) }),
    aiDraftRequestedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Set while a requested draft is on its way. Staff only.',
      resolve: (view) => staffOnly(view, (evaluation) => evaluation.aiDraftRequestedAt),
    }),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  spiritualEvaluation: t.field({
    type: SpiritualEvaluationType,
    description: 'The spiritual questionnaire, answered during the spiritual evaluation stage, and its scoring.',
    select: { evaluation: true },
    resolve: async (application, _args, context) => ({ evaluation: application.evaluation, staff: await isViewerStaffOn(context, application) }),
  }),
}));
