// The School entity, its query and the mutations that create schools, manage their staff and their
// join code. Its name and place are public (the public graph shows a key its own school).
import type { School } from '../../../kit/src/db';
import { inPublicGraph } from '../../../kit/src/public-contract';
import { builder } from '../builder';
import { addSchoolMember, canManageSchool, createSchool, removeSchoolMember } from '../schools';
import { rotateSchoolJoinCode } from '../school-students/join-code-rotation';
import { countryRule, provinceRule, schoolNameRule, slugRule, uuidRule } from '../input-rules';
import { membersOf, schoolById } from './loaders';
import { SchoolRoleEnum } from './school-role';
import { SchoolMembershipType } from './school-membership';

export const SchoolType = builder.objectRef<School>('School');

SchoolType.implement({
  // In the public graph with its name and place; `students` needs read:students.
  tag: inPublicGraph(),
  fields: (t) => ({
    id: t.exposeID('id', { tag: inPublicGraph() }),
    name: t.exposeString('name', { tag: inPublicGraph() }),
    slug: t.exposeString('slug', { tag: inPublicGraph() }),
    country: t.exposeString('country', { nullable: true, tag: inPublicGraph() }),
    province: t.exposeString('province', { nullable: true, tag: inPublicGraph() }),
    members: t.field({
      type: [SchoolMembershipType],
      description: 'Admins and teachers; visible to this school’s admins and platform admins. Students are in `students`.',
      authScopes: (school, _args, context) => canManageSchool(context.prisma, context.viewer, school.id),
      resolve: (school, _args, context) => membersOf(context).load(school.id),
    }),
    joinCode: t.exposeString('joinCode', {
      nullable: true,
      description: 'The code students join the school with; null until an admin makes one with rotateSchoolJoinCode. This school’s admins and platform admins only.',
      authScopes: (school, _args, context) => canManageSchool(context.prisma, context.viewer, school.id),
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
  apiKeySchool: t.field({
    type: SchoolType,
    nullable: true,
    tag: inPublicGraph(),
    description: 'The school of the API key making the request; null for anyone else.',
    resolve: (_root, _args, context) => (context.viewer.kind === 'school_key' ? schoolById(context).load(context.viewer.schoolId) : null),
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
    description: 'Adds an admin or teacher (students join with the join code: BAD_USER_INPUT). Allowed for the school’s admins and platform admins.',
    authScopes: { authenticated: true },
    args: memberArgs(t),
    resolve: (_root, args, context) => addSchoolMember(context.prisma, { viewer: context.viewer, ...args }),
  }),
  removeSchoolMember: t.field({
    type: SchoolType,
    description: 'Removes an admin, teacher or student (whose consent to share progress ends with it). Allowed for the school’s admins and platform admins.',
    authScopes: { authenticated: true },
    args: memberArgs(t),
    resolve: (_root, args, context) => removeSchoolMember(context.prisma, { viewer: context.viewer, ...args }),
  }),
  rotateSchoolJoinCode: t.field({
    type: SchoolType,
    description:
      'Gives the school a new join code (10 characters); the old code stops working at once. The school’s admins and platform admins only: FORBIDDEN otherwise, NOT_FOUND for an unknown school.',
    authScopes: { authenticated: true },
    args: { schoolId: t.arg.id({ required: true }).validate(uuidRule('school')) },
    resolve: (_root, args, context) => rotateSchoolJoinCode(context.prisma, context.viewer, args.schoolId),
  }),
}));
