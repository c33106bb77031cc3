// Paying a reward: coins move from the rewards pool (the issuing account for rewards, so it may go
// negative) to the person's wallet, once per idempotency key.
import type { Db } from '../../../kit/src/db';
import { postTransaction, type PostedTransaction } from '../ledger/post-transaction';

export interface RewardPayment {
  userId: string;
  /** Whole coins; nothing is posted for 0. */
  amount: number;
  /** Why, as the person reads it in their history. */
  reason: string;
  /** One payment per key, ever (see rewardKeyForEvent). */
  idempotencyKey: string;
  /** Facts kept with the transaction (eventId, courseId, kind…). */
  metadata?: Record<string, unknown>;
}

/** The ledger key of the reward a handler pays for one event: redelivery can never pay twice. */
export function rewardKeyForEvent(handlerName: string, eventId: string): string {
  return `reward:${handlerName}:${eventId}`;
}

/** Posts the reward inside `tx`; returns null when there is nothing to pay. */
export async function payReward(tx: Db, payment: RewardPayment): Promise<PostedTransaction | null> {
  if (!Number.isSafeInteger(payment.amount) || payment.amount < 0) throw new Error(`A reward is a whole, non-negative number of coins, not ${payment.amount}.`);
  if (payment.amount === 0) return null;
  return postTransaction(tx, {
    type: 'reward',
    reason: payment.reason,
    idempotencyKey: payment.idempotencyKey,
    legs: [
      { account: { system: 'rewards_pool' }, amount: -payment.amount },
      { account: { userId: payment.userId }, amount: payment.amount },
    ],
    initiatedById: null,
    metadata: payment.metadata,
  });
}
