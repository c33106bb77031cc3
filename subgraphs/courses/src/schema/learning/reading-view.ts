// A reading a student has opened, and the mutation that records it.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { idRule } from '../../learning/input-rules';
import { markReadingViewed } from '../../learning/progress';
import { EnrollmentType } from './enrollment';
import { enrollmentOf } from './loaders';

export const ReadingViewType = builder.prismaObject('ReadingView', {
  description: 'The first time a student opened a reading.',
  fields: (t) => ({
    reading: t.relation('reading'),
    viewedAt: t.expose('viewedAt', { type: 'DateTime' }),
    enrollment: t.field({
      type: EnrollmentType,
      description: 'The enrollment this view counts toward, with its updated progress and status.',
      resolve: async (view, _args, context) => {
        const enrollment = await enrollmentOf(context).load({ userId: view.userId, courseId: view.courseId });
        if (enrollment === null) throw new Error(`No enrollment of ${view.userId} in ${view.courseId}.`);
        return enrollment;
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  markReadingViewed: t.prismaField({
    type: 'ReadingView',
    description:
      'Records that the student opened a reading. Needs an enrollment and an open module; BAD_USER_INPUT, UNAUTHENTICATED, NOT_FOUND (unknown or archived reading), FORBIDDEN (not enrolled, or locked).',
    authScopes: { authenticated: true },
    args: { readingId: t.arg.id({ required: true, validate: idRule('reading') }) },
    resolve: async (query, _root, args, context) => {
      const userId = signedInUserId(context);
      const { view } = await markReadingViewed(context.prisma, context.events, { userId, readingId: args.readingId });
      return context.prisma.readingView.findUniqueOrThrow({ ...query, where: { userId_readingId: { userId, readingId: view.readingId } } });
    },
  }),
}));
