// transferScrollCoin: send coins to another person, safely retried with the same idempotency key.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { MAX_COIN_MOVEMENT, MAX_CLIENT_IDEMPOTENCY_KEY_LENGTH, MAX_TRANSFER_NOTE_LENGTH } from '../../ledger/ledger-rules';
import { transferScrollCoin } from '../../ledger/transfers';
import type { LedgerTransactionShape } from './ledger-transaction';
import { LedgerTransactionObject } from './ledger-transaction';
import { WalletType, walletOf, type WalletShape } from './wallet';

interface CoinMovementShape {
  transaction: LedgerTransactionShape;
  wallet: WalletShape;
}

export const ScrollCoinTransferType = builder.objectRef<CoinMovementShape>('ScrollCoinTransfer').implement({
  description: 'A transfer and the sender’s wallet after it.',
  fields: (t) => ({
    transaction: t.field({ type: LedgerTransactionObject, resolve: (result) => result.transaction }),
    wallet: t.field({ type: WalletType, description: 'Your wallet after the transfer.', resolve: (result) => result.wallet }),
  }),
});

builder.mutationFields((t) => ({
  transferScrollCoin: t.field({
    type: ScrollCoinTransferType,
    description:
      'Sends coins to another person. Retrying with the same idempotency key returns the first transfer and never sends twice; ' +
      'the same key with another recipient, amount or note is a CONFLICT. PAYMENT_REQUIRED when your wallet holds too little.',
    authScopes: { authenticated: true },
    args: {
      to: t.arg.id({ required: true, description: 'The recipient’s user id (not yours).' }),
      amount: t.arg.int({ required: true, description: `Whole coins, 1 to ${MAX_COIN_MOVEMENT}.` }),
      note: t.arg.string({ description: `Shown in both histories; at most ${MAX_TRANSFER_NOTE_LENGTH} characters. @default none` }),
      idempotencyKey: t.arg.string({ required: true, description: `1–${MAX_CLIENT_IDEMPOTENCY_KEY_LENGTH} characters, fresh per transfer, the same on retry. Scoped to you.` }),
    },
    resolve: async (_root, args, context) => {
      const { transaction } = await transferScrollCoin(context.prisma, context.viewer, {
        toUserId: args.to,
        amount: args.amount,
        note: args.note,
        idempotencyKey: args.idempotencyKey,
      });
      const recipient = (transaction.metadata as { toUserId?: string }).toUserId ?? null;
      return {
        transaction: { id: transaction.id, type: transaction.type, reason: transaction.reason, createdAt: transaction.createdAt, counterpartyId: recipient },
        wallet: walletOf(signedInUserId(context)),
      };
    },
  }),
}));
