// Person-to-person ScrollCoin transfers: the sender's wallet pays the recipient's, once per key.
import type { PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import type { Viewer } from '../../../kit/src/viewer';
import { checkCoinAmount, checkIdempotencyKey, COIN_MOVEMENT_TRANSACTION_OPTIONS, MAX_TRANSFER_NOTE_LENGTH } from './ledger-rules';
import { postTransaction, type PostedTransaction } from './post-transaction';

export { MAX_TRANSFER_NOTE_LENGTH } from './ledger-rules';
/** Largest single transfer. */
export { MAX_COIN_MOVEMENT as MAX_TRANSFER_AMOUNT } from './ledger-rules';

export interface TransferInput {
  /** The recipient's user id. The economy cannot see the users' tables, so any id but the sender's is accepted. */
  toUserId: string;
  /** Whole coins, 1 to MAX_COIN_MOVEMENT. */
  amount: number;
  /** Shown in both histories; at most MAX_TRANSFER_NOTE_LENGTH characters. @default none */
  note?: string | null;
  /** Scoped to the sender: two people may use the same key without touching each other's transfers. */
  idempotencyKey: string;
}

/** The ledger key of a sender's transfer: keys are per sender, so one person's key never replays another's. */
export function transferIdempotencyKey(fromUserId: string, key: string): string {
  return `transfer:${fromUserId}:${key}`;
}

/**
 * Moves coins from the viewer's wallet to another person's in one transaction. PAYMENT_REQUIRED when
 * the wallet holds too little (the message says how much it holds); the same key with the same
 * recipient, amount and note replays the first transfer, with anything else it is a CONFLICT.
 */
export async function transferScrollCoin(prisma: PrismaClient, viewer: Viewer, input: TransferInput): Promise<PostedTransaction> {
  const fromUserId = signedInViewerId(viewer);
  if (!isUuid(input.toUserId)) throw badInput('That is not a valid recipient id.', 'to');
  if (input.toUserId.toLowerCase() === fromUserId.toLowerCase()) throw badInput('Choose someone else: coins cannot be sent to your own wallet.', 'to');
  checkCoinAmount(input.amount);
  checkIdempotencyKey(input.idempotencyKey);
  const note = (input.note ?? '').trim();
  if (note.length > MAX_TRANSFER_NOTE_LENGTH) throw badInput(`A note is at most ${MAX_TRANSFER_NOTE_LENGTH} characters.`, 'note');
  const toUserId = input.toUserId.toLowerCase();
  return prisma.$transaction((tx) =>
    postTransaction(tx, {
      type: 'transfer',
      reason: note === '' ? 'Transfer' : `Transfer: ${note}`,
      idempotencyKey: transferIdempotencyKey(fromUserId, input.idempotencyKey),
      legs: [
        { account: { userId: fromUserId }, amount: -input.amount },
        { account: { userId: toUserId }, amount: input.amount },
      ],
      initiatedById: fromUserId,
      metadata: { note, toUserId },
    }),
    COIN_MOVEMENT_TRANSACTION_OPTIONS,
  );
}
