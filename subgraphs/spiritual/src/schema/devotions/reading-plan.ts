// A reading plan anyone can follow: its days and, for the viewer, their own participation.
import { builder } from '../../builder';
import { myParticipationInPlan } from './loaders';
import { ReadingPlanParticipationType } from './reading-plan-participation';

export const ReadingPlanType = builder.prismaObject('ReadingPlan', {
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    dayCount: t.relationCount('days'),
    days: t.relation('days', { query: { orderBy: { dayNumber: 'asc' } } }),
    myParticipation: t.field({
      type: ReadingPlanParticipationType,
      nullable: true,
      description: 'Your participation; null when you do not follow it or are signed out.',
      resolve: (plan, _args, context) => (context.viewer.kind === 'user' ? myParticipationInPlan(context, context.viewer.id).load(plan.id) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  readingPlans: t.prismaField({
    type: ['ReadingPlan'],
    description: 'Every reading plan, by title.',
    resolve: (query, _root, _args, context) => context.prisma.readingPlan.findMany({ ...query, orderBy: { title: 'asc' } }),
  }),
}));
