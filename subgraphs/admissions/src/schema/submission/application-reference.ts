// Referees on an application. The applicant sees who they invited and where each stands; only the
// program's staff see what a referee answered.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import type { ReferenceResponse } from '../../references/reference-form';
import { REFERENCE_QUESTIONS, type Recommendation } from '../../references/reference-rules';
import { referenceStatusOf } from '../../references/reference-status';
import { inviteReferee, resendRefereeInvite } from '../../references/invite-referee';
import { ApplicationType } from '../applications/application';
import { isViewerStaffOn, ownApplication } from '../applications/viewer-access';
import { ReferenceRecommendationEnum, ReferenceStatusEnum } from './enums';

interface ReferenceAnswerShape {
  questionId: string;
  question: string;
  answer: string;
}

const ReferenceAnswerType = builder.objectRef<ReferenceAnswerShape>('ReferenceAnswer').implement({
  fields: (t) => ({
    questionId: t.exposeString('questionId'),
    question: t.exposeString('question'),
    answer: t.exposeString('answer'),
  }),
});

const ReferenceResponseType = builder.objectRef<ReferenceResponse>('ReferenceResponse').implement({
  description: 'What a referee answered. Staff only.',
  fields: (t) => ({
    recommendation: t.field({ type: ReferenceRecommendationEnum, resolve: (response): Recommendation => response.recommendation }),
    answers: t.field({
      type: [ReferenceAnswerType],
      description: 'In the order the form asks them.',
      resolve: (response) =>
        REFERENCE_QUESTIONS.filter((question) => question.id in response.answers).map((question) => ({
          questionId: question.id,
          question: question.prompt,
          answer: response.answers[question.id] ?? '',
        })),
    }),
  }),
});

const isReferenceResponse = (value: unknown): value is ReferenceResponse =>
  typeof value === 'object' && value !== null && 'recommendation' in value && 'answers' in value && typeof value.answers === 'object' && value.answers !== null;

export const ApplicationReferenceType = builder.prismaObject('ApplicationReference', {
  description: 'A referee the applicant invited.',
  fields: (t) => ({
    id: t.exposeID('id'),
    refereeName: t.exposeString('refereeName'),
    refereeEmail: t.exposeString('refereeEmail'),
    relationship: t.exposeString('relationship'),
    status: t.field({ type: ReferenceStatusEnum, resolve: (reference) => referenceStatusOf(reference, new Date()) }),
    invitedAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the current link stops working.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    response: t.field({
      type: ReferenceResponseType,
      nullable: true,
      description: 'The referee’s answers: null for the applicant, and until the referee answers.',
      select: { response: true, application: { select: { applicantId: true, intakeId: true } } },
      resolve: async (reference, _args, context) => {
        if (!isReferenceResponse(reference.response)) return null;
        return (await isViewerStaffOn(context, reference.application)) ? reference.response : null;
      },
    }),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  references: t.relation('references', {
    description: 'At most 3, in the order invited.',
    query: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] },
  }),
}));

const publicUrlOf = (env: Readonly<Record<string, string | undefined>>) => env.PUBLIC_URL;

builder.mutationFields((t) => ({
  inviteReferee: t.prismaField({
    type: 'ApplicationReference',
    description:
      'Invites a referee by email to a single-use form valid for 14 days (draft or submitted applications; at most 3 referees). Errors: NOT_FOUND; CONFLICT (3 already, same email, review started); BAD_USER_INPUT (refereeName, refereeEmail, relationship).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }),
      refereeName: t.arg.string({ required: true, description: '2–120 characters.' }),
      refereeEmail: t.arg.string({ required: true }),
      relationship: t.arg.string({ required: true, description: 'How they know you, 2–120 characters.' }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await ownApplication(context, args.applicationId);
      const reference = await inviteReferee(
        context.prisma,
        context.mailer,
        application.id,
        { refereeName: args.refereeName, refereeEmail: args.refereeEmail, relationship: args.relationship },
        { applicantId: signedInUserId(context), publicUrl: publicUrlOf(context.env), now: new Date() },
      );
      return context.prisma.applicationReference.findUniqueOrThrow({ ...query, where: { id: reference.id } });
    },
  }),
  resendRefereeInvite: t.prismaField({
    type: 'ApplicationReference',
    description: 'Mails the referee a new link valid for 14 days; the old link stops working. Errors: NOT_FOUND; CONFLICT (already answered, review started).',
    authScopes: { authenticated: true },
    args: { referenceId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const reference = await resendRefereeInvite(context.prisma, context.mailer, args.referenceId, {
        applicantId: signedInUserId(context),
        publicUrl: publicUrlOf(context.env),
        now: new Date(),
      });
      return context.prisma.applicationReference.findUniqueOrThrow({ ...query, where: { id: reference.id } });
    },
  }),
}));
