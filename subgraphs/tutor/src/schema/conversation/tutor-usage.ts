// tutorUsage: the month's questions on the student's plan, for themselves, their linked parents and admins.
import { forbidden } from '../../../../kit/src/errors';
import { hasRole } from '../../../../kit/src/viewer';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { usageOf, type TutorUsageSummary } from '../../conversation/quota';
import { UserRef } from '../content/user';

const TutorPlanEnum = builder.enumType('TutorPlan', {
  values: {
    starter: { description: '50 questions a month.' },
    standard: { description: '200 questions a month.' },
    unlimited: {},
  } as const,
});

const TutorUsageType = builder.objectRef<TutorUsageSummary>('TutorUsage').implement({
  description: 'Questions asked of the tutor this month (UTC) against the plan’s allowance. Refused and unanswered questions do not count.',
  fields: (t) => ({
    plan: t.field({ type: TutorPlanEnum, resolve: (usage) => usage.plan }),
    limit: t.exposeInt('limit', { nullable: true, description: 'Null on the unlimited plan.' }),
    used: t.exposeInt('used'),
    remaining: t.exposeInt('remaining', { nullable: true, description: 'Null on the unlimited plan.' }),
    periodStart: t.expose('periodStart', { type: 'DateTime' }),
    resetsAt: t.expose('resetsAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  tutorUsage: t.field({
    type: TutorUsageType,
    description: 'Your tutor questions this month.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => usageOf(context.prisma, signedInUserId(context)),
  }),
}));

builder.objectFields(UserRef, (t) => ({
  tutorUsage: t.field({
    type: TutorUsageType,
    description: 'Their tutor questions this month: for the person, their linked parents and admins.',
    authScopes: { authenticated: true },
    resolve: async (user, _args, context) => {
      const viewerId = signedInUserId(context);
      if (viewerId !== user.id && !hasRole(context.viewer, 'admin')) {
        const link = await context.prisma.tutorGuardianLink.findUnique({ where: { parentId_childId: { parentId: viewerId, childId: user.id } } });
        if (!link) throw forbidden('Only the person, their linked parents and admins see their tutor usage.');
      }
      return usageOf(context.prisma, user.id);
    },
  }),
}));
