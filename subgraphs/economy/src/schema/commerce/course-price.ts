// Course.price and setCoursePrice.
import DataLoader from 'dataloader';
import { z } from 'zod';
import type { SubgraphContext } from '../../../../kit/src/context';
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { loadCoursePrices, setCoursePrice, type CoursePriceView } from '../../commerce/course-prices';
import { CourseRef } from '../content/course';

export const coursePriceOf = (context: SubgraphContext) =>
  context.loader('commerce.coursePrice', () => new DataLoader<string, CoursePriceView>((courseIds) => loadCoursePrices(context.prisma, courseIds)));

export const CoursePriceType = builder.objectRef<CoursePriceView>('CoursePrice').implement({
  description: 'What a course costs. A course nobody has priced is free.',
  tag: inPublicGraph(),
  fields: (t) => ({
    usdCents: t.exposeInt('usdCents', { tag: inPublicGraph(), description: 'Price in US cents.' }),
    scrollCoinCost: t.exposeInt('scrollCoinCost', { nullable: true, tag: inPublicGraph(), description: 'ScrollCoin price; null when it cannot be bought with coins.' }),
    scholarshipEligible: t.exposeBoolean('scholarshipEligible', { tag: inPublicGraph(), description: 'Whether scholarships discount it.' }),
    free: t.exposeBoolean('free', { tag: inPublicGraph(), description: 'True when it costs nothing: enrol directly.' }),
  }),
});

builder.objectFields(CourseRef, (t) => ({
  price: t.field({
    type: CoursePriceType,
    tag: inPublicGraph(),
    description: 'What the course costs.',
    resolve: (course, _args, context) => coursePriceOf(context).load(course.id),
  }),
}));

const SetCoursePriceInput = builder.inputType('SetCoursePriceInput', {
  fields: (t) => ({
    usdCents: t.int({ required: true, description: 'Price in US cents, 0–1,000,000; 0 makes the course free.' }),
    scrollCoinCost: t.int({ description: 'ScrollCoin price (≥ 1); null or absent: not for sale in coins.' }),
    scholarshipEligible: t.boolean({ description: 'Whether scholarships discount it. @default true' }),
    instructorShareBps: t.int({ description: 'Admins only: the payee’s share in basis points, 0–10000. @default 7000' }),
    payeeId: t.id({ description: 'Admins only: who receives the instructor share. @default the course owner' }),
  }),
});

builder.mutationFields((t) => ({
  setCoursePrice: t.field({
    type: CoursePriceType,
    description: 'Prices a course. Its owner or an admin may.',
    authScopes: { authenticated: true },
    args: {
      courseId: t.arg.id({ required: true, validate: z.uuid('That is not a valid course id.') }),
      input: t.arg({ type: SetCoursePriceInput, required: true }),
    },
    resolve: (_root, args, context) => setCoursePrice(context.prisma, context.viewer, args.courseId, args.input),
  }),
}));
