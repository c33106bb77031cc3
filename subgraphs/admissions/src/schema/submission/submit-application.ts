// Submitting a draft: completeness, the deadline, the fee or its waiver, all decided in one transaction.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { submitApplication } from '../../submission/submit-application';
import { ownApplication } from '../applications/viewer-access';

builder.mutationFields((t) => ({
  submitApplication: t.prismaField({
    type: 'Application',
    description:
      'Submits your complete draft. With no fee (or a valid waiver code) it goes straight to eligibility review; otherwise Application.fee is due. Errors: NOT_FOUND; CONFLICT (deadline passed, already submitted); BAD_USER_INPUT with extensions.fields listing everything missing, or field "feeWaiverCode".',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true }),
      feeWaiverCode: t.arg.string({ description: 'A code that waives the application fee.' }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await ownApplication(context, args.applicationId);
      await context.prisma.$transaction(
        (tx) => submitApplication(tx, { applicationId: application.id, applicantId: signedInUserId(context), feeWaiverCode: args.feeWaiverCode, now: new Date() }),
        { timeout: 15_000 },
      );
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
}));
