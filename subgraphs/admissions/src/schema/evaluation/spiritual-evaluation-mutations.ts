// The spiritual evaluation's steps: the applicant saves and submits the questionnaire; officers of the
// program (and admins) ask the tutor for a suggested scoring and confirm the scores themselves.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { requestEvaluationDraft } from '../../evaluation/request-draft';
import { saveQuestionnaire, submitQuestionnaire } from '../../evaluation/save-questionnaire';
import { scoreEvaluation } from '../../evaluation/score-evaluation';
import { ownApplication, staffApplication } from '../applications/viewer-access';
import { uuidRule } from '../rules';

const SpiritualAnswerInput = builder.inputType('SpiritualAnswerInput', {
  fields: (t) => ({
    questionId: t.id({ required: true, description: 'One of SpiritualEvaluation.questions’ ids.' }),
    answer: t.string({ required: true, description: 'At most 4,000 characters; empty clears the answer.' }),
  }),
});

const SpiritualScoreInput = builder.inputType('SpiritualScoreInput', {
  fields: (t) => ({
    criterionId: t.id({ required: true, description: 'One of SpiritualEvaluation.rubric’s ids.' }),
    points: t.int({ required: true, description: 'A whole number from 0 to the criterion’s maxPoints.' }),
  }),
});

builder.mutationFields((t) => ({
  saveSpiritualQuestionnaire: t.prismaField({
    type: 'Application',
    description:
      'The applicant saves answers (merged over earlier ones) while the application is in spiritual evaluation and the questionnaire is not yet submitted. Errors: NOT_FOUND, BAD_USER_INPUT (answers[i].questionId, answers[i].answer), CONFLICT.',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      answers: t.arg({ type: [SpiritualAnswerInput], required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await ownApplication(context, args.applicationId);
      await context.prisma.$transaction((tx) => saveQuestionnaire(tx, { applicationId: application.id, applicantId: signedInUserId(context), answers: args.answers }));
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  submitSpiritualQuestionnaire: t.prismaField({
    type: 'Application',
    description:
      'The applicant submits the questionnaire for scoring, with any last answers; every question must be answered, and the answers are final. Errors: NOT_FOUND, BAD_USER_INPUT (answers: unanswered questions), CONFLICT.',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      answers: t.arg({ type: [SpiritualAnswerInput], description: 'Saved before submitting. @default none' }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await ownApplication(context, args.applicationId);
      await context.prisma.$transaction((tx) =>
        submitQuestionnaire(tx, { applicationId: application.id, applicantId: signedInUserId(context), answers: args.answers ?? [], now: new Date() }),
      );
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  scoreSpiritualEvaluation: t.prismaField({
    type: 'Application',
    description:
      'Staff score the submitted questionnaire: every criterion once, 0 to its maxPoints, with a note. Scoring again before the interview replaces the score and is kept on record. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (scores[i].criterionId, scores[i].points, scores, note), CONFLICT.',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      scores: t.arg({ type: [SpiritualScoreInput], required: true }),
      note: t.arg.string({ required: true, description: 'Why these scores; 1–4,000 characters.' }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      await context.prisma.$transaction((tx) =>
        scoreEvaluation(tx, { applicationId: application.id, officerId: signedInUserId(context), scores: args.scores, note: args.note, now: new Date() }),
      );
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  requestSpiritualEvaluationDraft: t.prismaField({
    type: 'Application',
    description:
      'Staff ask the tutor for a suggested scoring of the submitted questionnaire; it arrives in spiritualEvaluation.aiDraft and scores nothing by itself. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (not submitted, interview held, or a draft already on its way).',
    authScopes: { authenticated: true },
    args: { applicationId: t.arg.id({ required: true }).validate(uuidRule('application')) },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      await context.prisma.$transaction((tx) => requestEvaluationDraft(tx, { applicationId: application.id, now: new Date() }));
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
}));
