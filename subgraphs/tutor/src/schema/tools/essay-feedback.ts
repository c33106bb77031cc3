// essayFeedback: a suggested rubric grade for a submitted essay answer, sent to courses as a draft.
import { z } from 'zod';
import { builder } from '../../builder';
import { draftEssayFeedback, type EssayFeedbackDraft } from '../../tools/essay-feedback';
import type { CriterionScore } from '../../tools/offline-essay-feedback';
import { tutorRuntime } from '../../runtime';
import { TOOL_SCOPES } from './tool-access';

export const DraftRubricScoreType = builder.objectRef<CriterionScore>('DraftRubricScore').implement({
  fields: (t) => ({
    criterionId: t.exposeString('criterionId'),
    points: t.exposeFloat('points', { description: 'Within 0 and the criterion’s points.' }),
    comment: t.exposeString('comment'),
  }),
});

export const EssayFeedbackDraftType = builder.objectRef<EssayFeedbackDraft>('EssayFeedbackDraft').implement({
  description: 'A suggested grade; courses keeps it beside the answer until a person accepts or changes it.',
  fields: (t) => ({
    attemptId: t.exposeID('attemptId'),
    questionId: t.exposeID('questionId'),
    rubricScores: t.field({ type: [DraftRubricScoreType], resolve: (draft) => draft.rubricScores }),
    feedback: t.exposeString('feedback'),
    offline: t.exposeBoolean('offline', { description: 'True when scored by rubric vocabulary without a model; a person must confirm.' }),
    model: t.exposeString('model', { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  essayFeedback: t.field({
    type: EssayFeedbackDraftType,
    description: 'Drafts rubric scores and feedback for a submitted essay answer (the course’s instructors and administrators) and sends them to the grader.',
    authScopes: TOOL_SCOPES,
    args: {
      attemptId: t.arg.id({ required: true }).validate(z.guid('That is not a valid attempt id.')),
      questionId: t.arg.id({ required: true }).validate(z.guid('That is not a valid question id.')),
    },
    resolve: (_root, { attemptId, questionId }, ctx) => draftEssayFeedback(ctx.prisma, tutorRuntime(ctx).chatModel, ctx.viewer, { attemptId, questionId }),
  }),
}));
