// The referee's form, reached through the token in their emailed link without signing in.
import { builder } from '../../builder';
import { referenceForm, submitReference, type ReferenceForm } from '../../references/reference-form';
import type { ReferenceQuestion } from '../../references/reference-rules';
import { ReferenceRecommendationEnum } from './enums';

const ReferenceQuestionType = builder.objectRef<ReferenceQuestion>('ReferenceQuestion').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    prompt: t.exposeString('prompt'),
  }),
});

const ReferenceFormType = builder.objectRef<ReferenceForm>('ReferenceForm').implement({
  description: 'What a referee sees when they follow their link.',
  fields: (t) => ({
    applicantName: t.exposeString('applicantName', { nullable: true, description: 'The applicant’s legal name, once they gave it.' }),
    programName: t.exposeString('programName'),
    refereeName: t.exposeString('refereeName'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    questions: t.field({ type: [ReferenceQuestionType], description: 'Answer every one.', resolve: (form) => [...form.questions] }),
  }),
});

const ReferenceReceiptType = builder.objectRef<{ refereeName: string; submittedAt: Date }>('ReferenceReceipt').implement({
  fields: (t) => ({
    refereeName: t.exposeString('refereeName'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
  }),
});

const ReferenceAnswerInput = builder.inputType('ReferenceAnswerInput', {
  fields: (t) => ({
    questionId: t.string({ required: true }),
    answer: t.string({ required: true, description: 'At most 3,000 characters.' }),
  }),
});

const SubmitReferenceInput = builder.inputType('SubmitReferenceInput', {
  fields: (t) => ({
    recommendation: t.field({ type: ReferenceRecommendationEnum, required: true }),
    answers: t.field({ type: [ReferenceAnswerInput], required: true, description: 'One answer to every question of the form.' }),
  }),
});

builder.queryFields((t) => ({
  referenceForm: t.field({
    type: ReferenceFormType,
    description: 'The reference form behind a referee’s link; no sign-in needed. Errors: NOT_FOUND (unknown link); CONFLICT (already answered, expired, application withdrawn).',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => referenceForm(context.prisma, args.token, new Date()),
  }),
}));

builder.mutationFields((t) => ({
  submitReference: t.field({
    type: ReferenceReceiptType,
    description:
      'A referee sends their reference, once; no sign-in needed. Errors: NOT_FOUND (unknown link); CONFLICT (already sent, expired); BAD_USER_INPUT (answers[i].questionId, answers[i].answer, answers: a question left unanswered).',
    args: { token: t.arg.string({ required: true }), input: t.arg({ type: SubmitReferenceInput, required: true }) },
    resolve: async (_root, args, context) => {
      const reference = await submitReference(context.prisma, args.token, args.input, new Date());
      return { refereeName: reference.refereeName, submittedAt: reference.submittedAt ?? new Date() };
    },
  }),
}));
