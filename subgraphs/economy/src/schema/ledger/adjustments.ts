// Admin mint and burn: coins created from the treasury into a wallet, or destroyed from a wallet.
import { builder } from '../../builder';
import { burnScrollCoin, mintScrollCoin } from '../../ledger/admin-adjustments';
import { MAX_COIN_MOVEMENT, MIN_ADJUSTMENT_REASON_LENGTH } from '../../ledger/ledger-rules';
import type { PostedTransaction } from '../../ledger/post-transaction';
import { LedgerTransactionObject, type LedgerTransactionShape } from './ledger-transaction';
import { WalletType, walletOf, type WalletShape } from './wallet';

interface AdjustmentShape {
  transaction: LedgerTransactionShape;
  wallet: WalletShape;
}

const ScrollCoinAdjustmentType = builder.objectRef<AdjustmentShape>('ScrollCoinAdjustment').implement({
  description: 'A mint or burn and the wallet it changed.',
  fields: (t) => ({
    transaction: t.field({ type: LedgerTransactionObject, resolve: (result) => result.transaction }),
    wallet: t.field({ type: WalletType, resolve: (result) => result.wallet }),
  }),
});

function adjustmentOf({ transaction }: PostedTransaction, userId: string): AdjustmentShape {
  return {
    // Seen from the wallet, the other side is a system account (treasury or burn): no person.
    transaction: { id: transaction.id, type: transaction.type, reason: transaction.reason, createdAt: transaction.createdAt, counterpartyId: null },
    wallet: walletOf(userId.toLowerCase()),
  };
}

const amountDescription = `Whole coins, 1 to ${MAX_COIN_MOVEMENT}.`;
const reasonDescription = `Why, for audits: at least ${MIN_ADJUSTMENT_REASON_LENGTH} characters.`;
const keyDescription = 'Fresh per adjustment, the same on retry; scoped to you.';

builder.mutationFields((t) => ({
  mintScrollCoin: t.field({
    type: ScrollCoinAdjustmentType,
    description: 'Admins only: creates coins from the treasury into a person’s wallet.',
    authScopes: { admin: true },
    args: {
      to: t.arg.id({ required: true, description: 'The wallet owner’s user id.' }),
      amount: t.arg.int({ required: true, description: amountDescription }),
      reason: t.arg.string({ required: true, description: reasonDescription }),
      idempotencyKey: t.arg.string({ required: true, description: keyDescription }),
    },
    resolve: async (_root, args, context) =>
      adjustmentOf(await mintScrollCoin(context.prisma, context.viewer, { userId: args.to, amount: args.amount, reason: args.reason, idempotencyKey: args.idempotencyKey }), args.to),
  }),
  burnScrollCoin: t.field({
    type: ScrollCoinAdjustmentType,
    description: 'Admins only: destroys coins from a person’s wallet. Never takes a wallet below zero.',
    authScopes: { admin: true },
    args: {
      from: t.arg.id({ required: true, description: 'The wallet owner’s user id.' }),
      amount: t.arg.int({ required: true, description: amountDescription }),
      reason: t.arg.string({ required: true, description: reasonDescription }),
      idempotencyKey: t.arg.string({ required: true, description: keyDescription }),
    },
    resolve: async (_root, args, context) =>
      adjustmentOf(await burnScrollCoin(context.prisma, context.viewer, { userId: args.from, amount: args.amount, reason: args.reason, idempotencyKey: args.idempotencyKey }), args.from),
  }),
}));
