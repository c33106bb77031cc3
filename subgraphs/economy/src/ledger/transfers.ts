// Person-to-person ScrollCoin transfers.
import type { PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import type { Viewer } from '../../../kit/src/viewer';
import { postTransaction, type PostedTransaction } from './post-transaction';

/** Longest note a transfer carries. */
export const MAX_TRANSFER_NOTE_LENGTH = 280;
/** Largest single transfer, so a typo cannot empty a wallet into the wrong one. */
export const MAX_TRANSFER_AMOUNT = 1_000_000;

export interface TransferInput {
  toUserId: string;
  amount: number;
  note?: string | null;
  idempotencyKey: string;
}

export async function transferScrollCoin(prisma: PrismaClient, viewer: Viewer, input: TransferInput): Promise<PostedTransaction> {
  const fromUserId = signedInViewerId(viewer);
  if (!isUuid(input.toUserId)) throw badInput('That is not a valid recipient id.', 'to');
  if (input.toUserId === fromUserId) throw badInput('Choose someone else: coins cannot be sent to your own wallet.', 'to');
  if (!Number.isSafeInteger(input.amount) || input.amount < 1 || input.amount > MAX_TRANSFER_AMOUNT) {
    throw badInput(`Send a whole number of coins from 1 to ${MAX_TRANSFER_AMOUNT.toLocaleString('en')}.`, 'amount');
  }
  const note = (input.note ?? '').trim();
  if (note.length > MAX_TRANSFER_NOTE_LENGTH) throw badInput(`A note is at most ${MAX_TRANSFER_NOTE_LENGTH} characters.`, 'note');
  return prisma.$transaction((tx) =>
    postTransaction(tx, {
      type: 'transfer',
      reason: note === '' ? 'Transfer' : `Transfer: ${note}`,
      idempotencyKey: `transfer:${fromUserId}:${input.idempotencyKey}`,
      legs: [
        { account: { userId: fromUserId }, amount: -input.amount },
        { account: { userId: input.toUserId }, amount: input.amount },
      ],
      initiatedById: fromUserId,
      metadata: { note, toUserId: input.toUserId },
    }),
  );
}
