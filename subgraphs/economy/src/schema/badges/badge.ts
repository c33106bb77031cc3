// The Badge entity: a soulbound ScrollBadge credential for a completed course. Badges are credentials
// people choose to share by token id, so verifyBadge is public; the list of a person's badges is theirs
// (and admins').
import DataLoader from 'dataloader';
import type { ScrollBadge } from '../../../../kit/src/db';
import type { SubgraphContext } from '../../../../kit/src/context';
import { hasRole } from '../../../../kit/src/viewer';
import { isUuid } from '../../../../kit/src/uuid';
import { builder } from '../../builder';
import { chainRuntime } from '../../chain/chain-runtime';
import { verifyBadge, type BadgeVerification } from '../../badges/verify-badge';
import { groupBy } from '../../../../kit/src/group-by';
import { requireSelfOrAdmin } from '../chain/chain-address';
import { CourseRef, courseReference } from '../content/course';
import { UserRef, userReference } from '../content/user';

const BadgeMintStatusEnum = builder.enumType('BadgeMintStatus', {
  values: {
    pending: { description: 'Issued; the mint on chain is queued or waiting for confirmations.' },
    minted: { description: 'Minted and confirmed on chain.' },
    failed: { description: 'The mint failed after repeated attempts; support can retry it.' },
  } as const,
});

export const BadgeType = builder.prismaObject('ScrollBadge', {
  variant: 'Badge',
  description: 'A soulbound ScrollBadge for a completed course (ERC-721 + ERC-5192, Open Badges 3.0 metadata).',
  fields: (t) => ({
    id: t.exposeID('id'),
    owner: t.field({ type: UserRef, resolve: (badge) => userReference(badge.userId) }),
    course: t.field({ type: CourseRef, resolve: (badge) => courseReference(badge.courseId) }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    finalGrade: t.exposeFloat('finalGrade', { nullable: true }),
    certificateCode: t.exposeString('certificateCode', { nullable: true }),
    tokenId: t.exposeInt('tokenId', { nullable: true, description: 'Set once the badge is minted.' }),
    metadataHash: t.exposeString('metadataHash', { description: 'keccak256 of the canonical metadata JSON, as stored on chain.' }),
    mintStatus: t.field({
      type: BadgeMintStatusEnum,
      select: { anchor: { select: { status: true } } },
      resolve: (badge) => (badge.anchor?.status === 'confirmed' ? 'minted' : badge.anchor?.status === 'failed' ? 'failed' : 'pending'),
    }),
  }),
});

function canSeeBadgesOf(context: SubgraphContext, userId: string): boolean {
  return context.viewer.kind === 'user' && (context.viewer.id === userId || hasRole(context.viewer, 'admin'));
}

builder.asEntity(BadgeType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips the root fields' checks, so the owner-or-admin rule is applied here again.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id)) return null;
    const badge = await context.prisma.scrollBadge.findUnique({ where: { id: reference.id } });
    return badge && canSeeBadgesOf(context, badge.userId) ? badge : null;
  },
});

function badgesOf(context: SubgraphContext) {
  return context.loader('badges.byUser', () =>
    new DataLoader<string, ScrollBadge[]>(async (userIds) => {
      const rows = await context.prisma.scrollBadge.findMany({ where: { userId: { in: [...userIds] } }, orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }] });
      const byUser = groupBy(rows, (row) => row.userId);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
  );
}

builder.objectFields(UserRef, (t) => ({
  badges: t.field({
    type: [BadgeType],
    description: 'The person’s course badges, newest first. The person and admins only.',
    authScopes: { authenticated: true },
    resolve: (user, _args, context) => {
      requireSelfOrAdmin(context, user.id);
      return badgesOf(context).load(user.id);
    },
  }),
}));

type VerifiedBadge = NonNullable<BadgeVerification['badge']>;

const VerifiedBadgeType = builder.objectRef<VerifiedBadge>('VerifiedBadge').implement({
  description: 'The stored badge a token was minted for.',
  fields: (t) => ({
    id: t.exposeID('id'),
    course: t.field({ type: CourseRef, resolve: (badge) => courseReference(badge.courseId) }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    grade: t.float({ nullable: true, resolve: (badge) => badge.finalGrade }),
  }),
});

const BadgeVerificationType = builder.objectRef<BadgeVerification>('BadgeVerification').implement({
  description: 'What the chain says about a badge token, checked against the metadata ScrollForge serves for it.',
  fields: (t) => ({
    valid: t.exposeBoolean('valid', { description: 'Minted, owned by the address it was issued to, locked, and its metadata unaltered.' }),
    tokenId: t.exposeInt('tokenId'),
    ownerAddress: t.exposeString('ownerAddress', { nullable: true }),
    locked: t.exposeBoolean('locked', { description: 'Soulbound (ERC-5192): it can never be transferred.' }),
    metadataHashMatches: t.exposeBoolean('metadataHashMatches', { description: 'The hash on chain equals the hash of the metadata served now.' }),
    badge: t.field({ type: VerifiedBadgeType, nullable: true, resolve: (result) => result.badge }),
  }),
});

builder.queryFields((t) => ({
  verifyBadge: t.field({
    type: BadgeVerificationType,
    description: 'Checks a ScrollBadge token on chain: owner, lock and metadata hash. Public, so anyone shown a badge can check it.',
    args: { tokenId: t.arg.int({ required: true }) },
    resolve: async (_root, args, context) => {
      if (args.tokenId < 1) return { valid: false, tokenId: args.tokenId, ownerAddress: null, locked: false, metadataHashMatches: false, badge: null };
      const { chain } = await chainRuntime(context);
      return verifyBadge(context.prisma, chain, args.tokenId);
    },
  }),
}));
