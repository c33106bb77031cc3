// Officers of the application's program (and admins) rule on eligibility: override the automatic check
// with a reason, run the check again after the applicant corrected their details, and move an eligible
// application on to the spiritual evaluation.
import { z } from 'zod';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { advanceToSpiritualEvaluation } from '../../eligibility/advance-to-spiritual-evaluation';
import { checkApplicationEligibility } from '../../eligibility/check-eligibility';
import { overrideEligibility } from '../../eligibility/override-eligibility';
import { staffApplication } from '../applications/viewer-access';
import { uuidRule } from '../rules';

const noteRule = z.string().max(2_000, 'A note is at most 2,000 characters.').nullish();

const ERRORS = 'Errors: NOT_FOUND (no application you may read), FORBIDDEN (not staff of its program), CONFLICT (decided, enrolled or withdrawn)';

builder.mutationFields((t) => ({
  overrideEligibility: t.prismaField({
    type: 'Application',
    description: `Staff rule an application eligible or not, whatever the automatic check says, with a reason of at least 10 characters. ${ERRORS}, BAD_USER_INPUT (reason).`,
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      eligible: t.arg.boolean({ required: true }),
      reason: t.arg.string({ required: true, description: 'Why; at least 10 characters.' }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      const officerId = signedInUserId(context);
      await context.prisma.$transaction((tx) => overrideEligibility(tx, { applicationId: application.id, officerId, eligible: args.eligible, reason: args.reason, now: new Date() }));
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  recheckEligibility: t.prismaField({
    type: 'Application',
    description: `Staff run the automatic eligibility check again (after the applicant corrected their details, or the program's rules changed). ${ERRORS}.`,
    authScopes: { authenticated: true },
    args: { applicationId: t.arg.id({ required: true }).validate(uuidRule('application')) },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      await context.prisma.$transaction((tx) => checkApplicationEligibility(tx, application.id, new Date()));
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  advanceToSpiritualEvaluation: t.prismaField({
    type: 'Application',
    description:
      'Staff move an eligible application from eligibility review to the spiritual evaluation. Errors: NOT_FOUND, FORBIDDEN, CONFLICT ("not eligible: override or reject", or not in eligibility review), BAD_USER_INPUT (note).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }).validate(uuidRule('application')),
      note: t.arg.string({ description: 'Kept in the timeline; at most 2,000 characters.' }).validate(noteRule),
    },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      const officerId = signedInUserId(context);
      await context.prisma.$transaction((tx) => advanceToSpiritualEvaluation(tx, { applicationId: application.id, officerId, note: args.note ?? undefined, now: new Date() }));
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
}));
