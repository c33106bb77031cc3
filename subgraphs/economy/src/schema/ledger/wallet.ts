// The Wallet entity: a person's ScrollCoin balance and history.
import { z } from 'zod';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { transferScrollCoin } from '../../ledger/transfers';
import { UserRef, userReference } from '../content/user';

export interface WalletShape {
  userId: string;
  balance: number;
}

async function walletOf(prisma: { ledgerAccount: { findUnique: Function } }, userId: string): Promise<WalletShape> {
  const account = (await prisma.ledgerAccount.findUnique({ where: { userId }, select: { balance: true } })) as { balance: number } | null;
  return { userId, balance: account?.balance ?? 0 };
}

export const WalletType = builder.objectRef<WalletShape>('Wallet').implement({
  description: 'A person’s ScrollCoin wallet. The ledger is the source of truth.',
  fields: (t) => ({
    id: t.id({ resolve: (wallet) => wallet.userId }),
    owner: t.field({ type: UserRef, resolve: (wallet) => userReference(wallet.userId) }),
    balance: t.exposeInt('balance', { description: 'Coins available now.' }),
  }),
});

const LedgerTransactionType = builder.prismaObject('LedgerTransaction', {
  fields: (t) => ({
    id: t.exposeID('id'),
    reason: t.exposeString('reason'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  wallet: t.field({
    type: WalletType,
    description: 'Your wallet.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => walletOf(context.prisma, signedInUserId(context)),
  }),
}));

builder.mutationFields((t) => ({
  transferScrollCoin: t.field({
    type: LedgerTransactionType,
    description: 'Sends coins to another person. Retrying with the same idempotency key never sends twice.',
    authScopes: { authenticated: true },
    args: {
      to: t.arg.id({ required: true, validate: z.uuid('That is not a valid recipient id.') }),
      amount: t.arg.int({ required: true }),
      note: t.arg.string(),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) =>
      (await transferScrollCoin(context.prisma, context.viewer, { toUserId: args.to, amount: args.amount, note: args.note, idempotencyKey: args.idempotencyKey })).transaction,
  }),
}));
