// Deciding, withdrawing and enrolling: staff decide; the applicant withdraws or takes their place.
// Each resolver validates, authorizes through viewer-access (someone else's application is NOT_FOUND)
// and hands over to src/decisions.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { confirmEnrolment } from '../../decisions/confirm-enrolment';
import { decideApplication } from '../../decisions/decide-application';
import { withdrawApplication } from '../../decisions/withdraw-application';
import { DecisionOutcomeEnum } from '../applications/enums';
import { ownApplication, staffApplication } from '../applications/viewer-access';
import { uuidRule } from '../rules';
import { rationaleRule, withdrawalReasonRule } from './decision-input-rules';

builder.mutationFields((t) => ({
  decideApplication: t.prismaField({
    type: 'Application',
    description:
      'Staff decide an application: accepted (takes a place of the intake), waitlisted or rejected, with a rationale of 20–5,000 characters kept for staff. ' +
      'Admins may decide any program’s. Errors: BAD_USER_INPUT (applicationId, rationale), NOT_FOUND, FORBIDDEN (the applicant), CONFLICT (not at a decidable stage, or the intake is full).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true, validate: uuidRule('application') }),
      outcome: t.arg({ type: DecisionOutcomeEnum, required: true }),
      rationale: t.arg.string({ required: true, validate: rationaleRule }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      await decideApplication(context.prisma, {
        applicationId: application.id,
        officerId: signedInUserId(context),
        asAdmin: application.role === 'admin',
        outcome: args.outcome,
        rationale: args.rationale,
      });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  withdrawApplication: t.prismaField({
    type: 'Application',
    description:
      'The applicant withdraws their open application; an accepted applicant’s place goes at once to whoever has waited longest on the waitlist. ' +
      'Errors: BAD_USER_INPUT (applicationId, reason over 1,000 characters), NOT_FOUND, CONFLICT (already enrolled or withdrawn).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true, validate: uuidRule('application') }),
      reason: t.arg.string({ description: 'Why, for the record; at most 1,000 characters.', validate: withdrawalReasonRule.nullish() }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await ownApplication(context, args.applicationId);
      await withdrawApplication(context.prisma, { applicationId: application.id, applicantId: application.applicantId, reason: args.reason ?? undefined });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  confirmEnrolment: t.prismaField({
    type: 'Application',
    description: 'An accepted applicant takes their place: decided (accepted) → enrolled. Errors: BAD_USER_INPUT (applicationId), NOT_FOUND, CONFLICT (not accepted).',
    authScopes: { authenticated: true },
    args: { applicationId: t.arg.id({ required: true, validate: uuidRule('application') }) },
    resolve: async (query, _root, args, context) => {
      const application = await ownApplication(context, args.applicationId);
      await confirmEnrolment(context.prisma, { applicationId: application.id, applicantId: application.applicantId });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
}));
