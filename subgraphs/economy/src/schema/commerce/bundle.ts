// Bundles: the catalogue query and the admin mutations.
import { builder } from '../../builder';
import { createBundle, updateBundle, type BundleWithCourses } from '../../commerce/bundles';
import { CourseRef, courseReference } from '../content/course';

export const BundleType = builder.objectRef<BundleWithCourses>('Bundle').implement({
  description: 'Several courses sold together at one price.',
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    usdCents: t.exposeInt('usdCents'),
    scrollCoinCost: t.exposeInt('scrollCoinCost', { nullable: true, description: 'Null when it cannot be bought with coins.' }),
    active: t.exposeBoolean('active', { description: 'Inactive bundles are not sold.' }),
    courses: t.field({
      type: [CourseRef],
      resolve: (bundle) => [...bundle.courses].map((course) => course.courseId).sort().map(courseReference),
    }),
  }),
});

const BundleInput = builder.inputType('BundleInput', {
  fields: (t) => ({
    slug: t.string({ description: 'Required when creating: lower-case words joined by hyphens.' }),
    name: t.string({ description: 'Required when creating.' }),
    description: t.string(),
    usdCents: t.int({ description: 'Required when creating: 1–1,000,000 cents.' }),
    scrollCoinCost: t.int({ description: 'Null: not for sale in coins.' }),
    active: t.boolean({ description: '@default true' }),
    courseIds: t.idList({ description: 'Required when creating: 2–50 courses; replaces them on update.' }),
  }),
});

builder.queryFields((t) => ({
  bundles: t.field({
    type: [BundleType],
    description: 'Bundles on sale (admins may include inactive ones).',
    args: { includeInactive: t.arg.boolean({ description: 'Admins only. @default false' }) },
    resolve: (_root, args, context) => {
      const includeInactive = Boolean(args.includeInactive) && context.viewer.kind === 'user' && context.viewer.roles.includes('admin');
      return context.prisma.bundle.findMany({
        where: includeInactive ? {} : { active: true },
        include: { courses: true },
        orderBy: { name: 'asc' },
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  createBundle: t.field({
    type: BundleType,
    authScopes: { admin: true },
    args: { input: t.arg({ type: BundleInput, required: true }) },
    resolve: (_root, args, context) => createBundle(context.prisma, args.input),
  }),
  updateBundle: t.field({
    type: BundleType,
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: BundleInput, required: true }) },
    resolve: (_root, args, context) => updateBundle(context.prisma, args.id, args.input),
  }),
}));
