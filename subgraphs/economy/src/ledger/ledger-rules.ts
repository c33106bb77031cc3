// The limits people meet when they move coins by hand (transfers, admin mint and burn), in one place
// so the GraphQL descriptions, the checks and the tests agree.
import { badInput } from '../../../kit/src/errors';

/** Largest single movement, so a typo cannot empty a wallet into the wrong one or mint a fortune. */
export const MAX_COIN_MOVEMENT = 1_000_000;
/** Longest note a transfer carries. */
export const MAX_TRANSFER_NOTE_LENGTH = 280;
/** Shortest reason an admin gives for minting or burning: enough words to audit later. */
export const MIN_ADJUSTMENT_REASON_LENGTH = 5;
/** Longest reason an admin gives for minting or burning. */
export const MAX_ADJUSTMENT_REASON_LENGTH = 500;

/** Refuses anything but a whole number of coins from 1 to MAX_COIN_MOVEMENT, naming the argument. */
export function checkCoinAmount(amount: number, field = 'amount'): void {
  if (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_COIN_MOVEMENT) {
    throw badInput(`Use a whole number of coins from 1 to ${MAX_COIN_MOVEMENT.toLocaleString('en')}.`, field);
  }
}

/** The trimmed reason an admin gave, or BAD_USER_INPUT on `reason` when it is too short or too long. */
export function checkAdjustmentReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < MIN_ADJUSTMENT_REASON_LENGTH || trimmed.length > MAX_ADJUSTMENT_REASON_LENGTH) {
    throw badInput(`Give a reason of ${MIN_ADJUSTMENT_REASON_LENGTH}–${MAX_ADJUSTMENT_REASON_LENGTH} characters; it stays in the ledger for audits.`, 'reason');
  }
  return trimmed;
}

/**
 * Longest idempotency key a person sends. The ledger stores it behind a scope prefix (the operation and
 * the sender's id), which must still fit the ledger's own limit.
 */
export const MAX_CLIENT_IDEMPOTENCY_KEY_LENGTH = 120;

/** Refuses an empty or overlong idempotency key on `idempotencyKey`; returns it unchanged. */
export function checkIdempotencyKey(key: string): string {
  if (key.trim() === '' || key.length > MAX_CLIENT_IDEMPOTENCY_KEY_LENGTH) {
    throw badInput(`An idempotency key is 1–${MAX_CLIENT_IDEMPOTENCY_KEY_LENGTH} characters; send a fresh random one (a UUID) per intended movement and the same one when you retry it.`, 'idempotencyKey');
  }
  return key;
}

/**
 * Options for the database transaction a coin movement runs in. Movements on one wallet queue on its row
 * lock while each holds a pooled connection, so a burst waits longer for a connection than Prisma's
 * 2-second default allows; waiting is right here, failing the movement is not.
 */
export const COIN_MOVEMENT_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
