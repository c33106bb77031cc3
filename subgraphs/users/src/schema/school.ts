// The School entity, its query and the mutations that create schools and manage their staff.
import type { School } from '../../../kit/src/db';
import { builder } from '../builder';
import { addSchoolMember, canManageSchool, createSchool, removeSchoolMember } from '../schools';
import { countryRule, provinceRule, schoolNameRule, slugRule, uuidRule } from '../input-rules';
import { membersOf, schoolById } from './loaders';
import { SchoolRoleEnum } from './school-role';
import { SchoolMembershipType } from './school-membership';

export const SchoolType = builder.objectRef<School>('School');

SchoolType.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    country: t.exposeString('country', { nullable: true }),
    province: t.exposeString('province', { nullable: true }),
    members: t.field({
      type: [SchoolMembershipType],
      description: 'Admins and teachers; visible to this school’s admins and platform admins.',
      authScopes: (school, _args, context) => canManageSchool(context.prisma, context.viewer, school.id),
      resolve: (school, _args, context) => membersOf(context).load(school.id),
    }),
  }),
});

builder.asEntity(SchoolType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => schoolById(context).load(reference.id),
});

const CreateSchoolInput = builder.inputType('CreateSchoolInput', {
  fields: (t) => ({
    name: t.string({ required: true }).validate(schoolNameRule),
    slug: t.string({ description: 'URL name; derived from the name when left out.' }).validate(slugRule.optional().nullable()),
    country: t.string({ description: 'Two-letter country code, e.g. CA.' }).validate(countryRule.optional().nullable()),
    province: t.string().validate(provinceRule.optional().nullable()),
  }),
});

const memberArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  schoolId: t.arg.id({ required: true }).validate(uuidRule('school')),
  userId: t.arg.id({ required: true }).validate(uuidRule('user')),
  role: t.arg({ type: SchoolRoleEnum, required: true }),
});

builder.queryFields((t) => ({
  school: t.field({
    type: SchoolType,
    nullable: true,
    args: { id: t.arg.id({ required: true }).validate(uuidRule('school')) },
    resolve: (_root, args, context) => schoolById(context).load(args.id),
  }),
}));

builder.mutationFields((t) => ({
  createSchool: t.field({
    type: SchoolType,
    description: 'Platform admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateSchoolInput, required: true }) },
    resolve: (_root, { input }, context) => createSchool(context.prisma, input),
  }),
  addSchoolMember: t.field({
    type: SchoolType,
    description: 'Adds an admin or teacher. Allowed for the school’s admins and platform admins.',
    authScopes: { authenticated: true },
    args: memberArgs(t),
    resolve: (_root, args, context) => addSchoolMember(context.prisma, { viewer: context.viewer, ...args }),
  }),
  removeSchoolMember: t.field({
    type: SchoolType,
    description: 'Removes an admin or teacher. Allowed for the school’s admins and platform admins.',
    authScopes: { authenticated: true },
    args: memberArgs(t),
    resolve: (_root, args, context) => removeSchoolMember(context.prisma, { viewer: context.viewer, ...args }),
  }),
}));
