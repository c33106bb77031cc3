// The tutor plans on sale and their monthly prices.
import type { TutorPlanOffer } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { TutorPlanTierEnum } from './enums';

const TutorPlanOfferType = builder.objectRef<TutorPlanOffer>('TutorPlanOffer').implement({
  description: 'A paid tutor plan and what it costs a month.',
  fields: (t) => ({
    plan: t.field({ type: TutorPlanTierEnum, resolve: (offer) => offer.plan }),
    usdCentsMonthly: t.exposeInt('usdCentsMonthly'),
  }),
});

builder.queryFields((t) => ({
  tutorPlanOffers: t.field({
    type: [TutorPlanOfferType],
    description: 'The paid tutor plans, cheapest first.',
    resolve: (_root, _args, context) => context.prisma.tutorPlanOffer.findMany({ orderBy: { usdCentsMonthly: 'asc' } }),
  }),
}));
