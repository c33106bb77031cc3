// A prayer category: one of the defaults everyone has, or one of the person's own.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { categoriesOf, createPrayerCategory } from '../../prayer/categories';
import { categoryNameRule } from './rules';

export const PrayerCategoryType = builder.prismaObject('PrayerCategory', {
  description: 'Groups prayer entries. The defaults are shared by everyone; the others are your own.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    isDefault: t.boolean({ resolve: (category) => category.ownerId === null }),
  }),
});

builder.queryFields((t) => ({
  prayerCategories: t.prismaField({
    type: ['PrayerCategory'],
    description: 'The default categories followed by your own.',
    authScopes: { authenticated: true },
    resolve: (_query, _root, _args, context) => categoriesOf(context.prisma, signedInUserId(context)),
  }),
}));

builder.mutationFields((t) => ({
  createPrayerCategory: t.prismaField({
    type: 'PrayerCategory',
    description: 'Adds a category of your own. Errors: BAD_USER_INPUT (empty or over 40 characters), CONFLICT (you already have one by that name).',
    authScopes: { authenticated: true },
    args: { name: t.arg.string({ required: true }).validate(categoryNameRule) },
    resolve: (_query, _root, args, context) =>
      context.prisma.$transaction((tx) => createPrayerCategory(tx, signedInUserId(context), args.name)),
  }),
}));
