// A person's chain address (custodial or linked) and the two steps of linking a wallet they control.
import { z } from 'zod';
import type { SubgraphContext } from '../../../../kit/src/context';
import { forbidden } from '../../../../kit/src/errors';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { hasRole } from '../../../../kit/src/viewer';
import { builder } from '../../builder';
import { publicUrlFrom } from '../../chain/chain-runtime';
import { completeWalletLink, startWalletLink, type WalletLinkChallengeView } from '../../chain/wallet-link';
import { UserRef } from '../content/user';

/** The person themself or an admin; everyone else is refused. */
export function requireSelfOrAdmin(context: SubgraphContext, userId: string): void {
  const viewerId = signedInUserId(context);
  if (viewerId !== userId && !hasRole(context.viewer, 'admin')) throw forbidden('Only the person themself or an admin can see this.');
}

const ChainAddressKindEnum = builder.enumType('ChainAddressKind', {
  values: {
    custodial: { description: 'Held by ScrollForge for the person (derived from the platform custody key).' },
    linked: { description: 'The person’s own wallet, proven by a signed challenge.' },
  } as const,
});

const ChainAddressType = builder.prismaObject('ChainAddress', {
  description: 'Where a person’s ScrollCoin and ScrollBadges live on chain.',
  fields: (t) => ({
    address: t.exposeString('address', { description: 'Checksummed 0x address.' }),
    kind: t.field({ type: ChainAddressKindEnum, resolve: (row) => row.kind }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const WalletLinkChallengeType = builder.objectRef<WalletLinkChallengeView>('WalletLinkChallenge').implement({
  description: 'Sign `message` with the wallet (personal_sign), then call completeWalletLink within 10 minutes.',
  fields: (t) => ({
    id: t.exposeID('id'),
    address: t.exposeString('address'),
    message: t.exposeString('message'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  chainAddress: t.prismaField({
    type: 'ChainAddress',
    nullable: true,
    description: 'The person’s chain address; null until they earn something on chain or link a wallet. The person and admins only.',
    authScopes: { authenticated: true },
    resolve: (query, user, _args, context) => {
      requireSelfOrAdmin(context, user.id);
      return context.prisma.chainAddress.findUnique({ ...query, where: { userId: user.id } });
    },
  }),
}));

function linkDomain(context: SubgraphContext): string {
  return new URL(publicUrlFrom(context.env)).host;
}

builder.mutationFields((t) => ({
  startWalletLink: t.field({
    type: WalletLinkChallengeType,
    description: 'Starts linking a wallet you control: returns a single-use message to sign with it.',
    authScopes: { authenticated: true },
    args: { address: t.arg.string({ required: true, validate: z.string().max(100, 'That is not an Ethereum address.') }) },
    resolve: (_root, args, context) => startWalletLink(context.prisma, signedInUserId(context), args.address, { domain: linkDomain(context) }),
  }),
  completeWalletLink: t.prismaField({
    type: 'ChainAddress',
    description: 'Finishes linking: the signature of the challenge message by the wallet it names.',
    authScopes: { authenticated: true },
    args: {
      challengeId: t.arg.id({ required: true, validate: z.uuid('That is not a challenge id.') }),
      signature: t.arg.string({ required: true, validate: z.string().max(1000, 'That signature is too long.') }),
    },
    resolve: (_query, _root, args, context) => completeWalletLink(context.prisma, signedInUserId(context), args.challengeId, args.signature),
  }),
}));
