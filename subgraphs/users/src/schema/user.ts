// The User entity (owned here; other subgraphs extend it), the queries that find people, and the
// account mutations that act on the viewer's own account.
import type { User } from '../../../kit/src/db';
import type { SubgraphContext } from '../../../kit/src/context';
import { signFileUrl } from '../../../kit/src/storage';
import { inPublicGraph } from '../../../kit/src/public-contract';
import { builder } from '../builder';
import { DELETED_DISPLAY_NAME, deactivateAccount, deleteAccount } from '../accounts';
import { exportUserData } from '../data-export';
import { presentedPasswordRule, uuidRule } from '../input-rules';
import { childrenOf, membershipsOf, parentsOf, userById } from './loaders';
import { isSelfOrAdmin, signedInUserId } from './signed-in';
import { removeFileQuietly } from './remove-file-quietly';
import { RoleEnum } from './role';
import { SchoolMembershipType } from './school-membership';

/** Signed avatar links live an hour: long enough for a page, short enough that a leaked link dies. */
export const AVATAR_URL_TTL_SECONDS = 3600;

export const UserType = builder.objectRef<User>('User');

// Private fields: the row is public (so federation can resolve it anywhere), these fields are not.
const selfOrAdmin = (user: User, _args: object, context: SubgraphContext) => isSelfOrAdmin(context, user.id);

UserType.implement({
  description: 'A person on ScrollForge. Email, phone, family and schools are visible only to the person and admins.',
  // In the public graph with its id and display name only.
  tag: inPublicGraph(),
  fields: (t) => ({
    id: t.exposeID('id', { tag: inPublicGraph() }),
    displayName: t.string({ tag: inPublicGraph(), resolve: (user) => (user.deletedAt ? DELETED_DISPLAY_NAME : user.displayName) }),
    avatarUrl: t.string({
      nullable: true,
      description: 'A signed link to the avatar image, valid for an hour.',
      resolve: (user, _args, context) =>
        user.avatarUrl && !user.deletedAt ? signFileUrl(context.fileSigningSecret, user.avatarUrl, AVATAR_URL_TTL_SECONDS) : null,
    }),
    roles: t.field({ type: [RoleEnum], resolve: (user) => user.roles }),
    grade: t.exposeInt('grade', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
    province: t.exposeString('province', { nullable: true }),
    locale: t.exposeString('locale'),
    timezone: t.exposeString('timezone'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    email: t.string({
      nullable: true,
      authScopes: selfOrAdmin,
      resolve: (user) => (user.deletedAt ? null : user.email),
    }),
    phone: t.exposeString('phone', { nullable: true, authScopes: selfOrAdmin }),
    emailVerified: t.boolean({
      nullable: true,
      authScopes: selfOrAdmin,
      resolve: (user) => user.emailVerifiedAt !== null,
    }),
    children: t.field({
      type: [UserType],
      description: 'Confirmed children of this person.',
      authScopes: selfOrAdmin,
      resolve: (user, _args, context) => childrenOf(context).load(user.id),
    }),
    parents: t.field({
      type: [UserType],
      description: 'Confirmed parents of this person.',
      authScopes: selfOrAdmin,
      resolve: (user, _args, context) => parentsOf(context).load(user.id),
    }),
    schools: t.field({
      type: [SchoolMembershipType],
      authScopes: selfOrAdmin,
      resolve: (user, _args, context) => membershipsOf(context).load(user.id),
    }),
  }),
});

builder.asEntity(UserType, {
  key: builder.selection<{ id: string }>('id'),
  // Batched through the per-request loader: one statement for every User in an _entities call.
  // Field-level rules above still guard the private fields, since _entities skips root-field checks.
  resolveReference: (reference, context) => userById(context).load(reference.id),
});

builder.queryFields((t) => ({
  me: t.field({
    type: UserType,
    nullable: true,
    description: 'The signed-in person, or null when anonymous.',
    resolve: async (_root, _args, context) => {
      if (context.viewer.kind !== 'user') return null;
      const user = await userById(context).load(context.viewer.id);
      return user && user.deletedAt === null ? user : null;
    },
  }),
  user: t.field({
    type: UserType,
    nullable: true,
    description: 'Anyone may look a person up; the private fields still check who is asking.',
    args: { id: t.arg.id({ required: true, validate: uuidRule('user') }) },
    resolve: (_root, args, context) => userById(context).load(args.id),
  }),
  exportMyData: t.field({
    type: 'JSON',
    description: 'Everything the users service holds about you, as JSON (no password or code hashes).',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => exportUserData(context.prisma, signedInUserId(context)),
  }),
}));

builder.mutationFields((t) => ({
  deactivateAccount: t.boolean({
    description: 'Switches your account off and signs you out everywhere. Your data stays.',
    authScopes: { authenticated: true },
    args: { password: t.arg.string({ required: true, validate: presentedPasswordRule }) },
    resolve: async (_root, args, context) => {
      await deactivateAccount(context, { userId: signedInUserId(context), password: args.password });
      return true;
    },
  }),
  deleteMyAccount: t.boolean({
    description: 'Deletes your account: personal data is erased, sessions end, other services are told.',
    authScopes: { authenticated: true },
    args: { password: t.arg.string({ required: true, validate: presentedPasswordRule }) },
    resolve: async (_root, args, context) => {
      const { removedAvatarKey } = await deleteAccount(context, { userId: signedInUserId(context), password: args.password });
      if (removedAvatarKey) await removeFileQuietly(context, removedAvatarKey);
      return true;
    },
  }),
}));
