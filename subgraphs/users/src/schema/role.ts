// The Role enum (platform roles) and the admin-only mutations that grant and revoke them.
import { builder } from '../builder';
import { grantRole, revokeRole } from '../roles';
import { uuidRule } from '../input-rules';
import { signedInUserId } from './signed-in';
import { UserType } from './user';

// Enum values are spelled as stored and as in access-token claims (lower_snake_case), in every users
// enum, so clients, tokens and the database never need a mapping.
export const RoleEnum = builder.enumType('Role', {
  values: ['student', 'parent', 'instructor', 'admissions_officer', 'school_admin', 'admin'] as const,
});

builder.mutationFields((t) => ({
  grantRole: t.field({
    type: UserType,
    description: 'Admins only: gives a person a platform role.',
    authScopes: { admin: true },
    args: {
      userId: t.arg.id({ required: true, validate: uuidRule('user') }),
      role: t.arg({ type: RoleEnum, required: true }),
    },
    resolve: (_root, args, context) =>
      grantRole(context.prisma, { actorId: signedInUserId(context), userId: args.userId, role: args.role }),
  }),
  revokeRole: t.field({
    type: UserType,
    description: 'Admins only: takes a platform role away. An admin cannot remove their own admin role.',
    authScopes: { admin: true },
    args: {
      userId: t.arg.id({ required: true, validate: uuidRule('user') }),
      role: t.arg({ type: RoleEnum, required: true }),
    },
    resolve: (_root, args, context) =>
      revokeRole(context.prisma, { actorId: signedInUserId(context), userId: args.userId, role: args.role }),
  }),
}));

