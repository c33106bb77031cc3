// Admin mint and burn: the platform creates coins from its treasury or destroys them into the burn
// account, with a reason kept for audits. Both are admin-only here as well as on the GraphQL field.
import { GraphQLError } from 'graphql';
import type { PrismaClient } from '../../../kit/src/db';
import { badInput, codeOf, forbidden } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import { hasRole, type Viewer } from '../../../kit/src/viewer';
import { checkAdjustmentReason, checkCoinAmount, checkIdempotencyKey, COIN_MOVEMENT_TRANSACTION_OPTIONS } from './ledger-rules';
import { postTransaction, type PostedTransaction } from './post-transaction';

export interface AdjustmentInput {
  /** The wallet's owner (user id). */
  userId: string;
  /** Whole coins, 1 to MAX_COIN_MOVEMENT. */
  amount: number;
  /** Why, for audits; MIN_ADJUSTMENT_REASON_LENGTH characters or more. */
  reason: string;
  /** Scoped to the admin who sends it. */
  idempotencyKey: string;
}

function checkAdjustment(viewer: Viewer, input: AdjustmentInput, walletField: string): { adminId: string; reason: string; userId: string } {
  const adminId = signedInViewerId(viewer);
  if (!hasRole(viewer, 'admin')) throw forbidden('Only admins mint or burn ScrollCoin.');
  if (!isUuid(input.userId)) throw badInput('That is not a valid user id.', walletField);
  checkCoinAmount(input.amount);
  checkIdempotencyKey(input.idempotencyKey);
  return { adminId, reason: checkAdjustmentReason(input.reason), userId: input.userId.toLowerCase() };
}

/** Credits a wallet from the treasury. The same key and parameters replay; other parameters → CONFLICT. */
export async function mintScrollCoin(prisma: PrismaClient, viewer: Viewer, input: AdjustmentInput): Promise<PostedTransaction> {
  const { adminId, reason, userId } = checkAdjustment(viewer, input, 'to');
  return prisma.$transaction((tx) =>
    postTransaction(tx, {
      type: 'mint',
      reason,
      idempotencyKey: `mint:${adminId}:${input.idempotencyKey}`,
      legs: [
        { account: { system: 'treasury' }, amount: -input.amount },
        { account: { userId }, amount: input.amount },
      ],
      initiatedById: adminId,
    }),
    COIN_MOVEMENT_TRANSACTION_OPTIONS,
  );
}

/**
 * Debits a wallet into the burn account. A wallet never goes below zero: burning more than it holds is
 * refused on `amount` with the balance in the message, and nothing is written.
 */
export async function burnScrollCoin(prisma: PrismaClient, viewer: Viewer, input: AdjustmentInput): Promise<PostedTransaction> {
  const { adminId, reason, userId } = checkAdjustment(viewer, input, 'from');
  try {
    return await prisma.$transaction((tx) =>
      postTransaction(tx, {
        type: 'burn',
        reason,
        idempotencyKey: `burn:${adminId}:${input.idempotencyKey}`,
        legs: [
          { account: { userId }, amount: -input.amount },
          { account: { system: 'burn' }, amount: input.amount },
        ],
        initiatedById: adminId,
      }),
      COIN_MOVEMENT_TRANSACTION_OPTIONS,
    );
  } catch (error) {
    if (error instanceof GraphQLError && codeOf(error) === 'PAYMENT_REQUIRED') {
      throw badInput(`That wallet holds ${String(error.extensions.balance)} coins; burn at most that much.`, 'amount');
    }
    throw error;
  }
}
