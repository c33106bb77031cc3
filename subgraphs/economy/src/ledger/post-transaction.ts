// Posting to the double-entry ledger: the one way coins move. Every transaction has two or more legs
// that sum to zero, is recorded once per idempotency key, and never leaves a person's wallet negative.
//
// Concurrency: the idempotency key is taken with a transaction-scoped advisory lock first (the same key
// posted twice at once: the second waits, then finds the first and replays it), then every account the
// transaction touches is locked in id order (FOR UPDATE), so two transfers between the same wallets in
// opposite directions cannot deadlock, and a balance is checked and changed under its lock.
import { createHash } from 'node:crypto';
import type { Db, LedgerTransaction, LedgerTransactionType, Prisma } from '../../../kit/src/db';
import { badInput, conflict, userError } from '../../../kit/src/errors';
import { emitEvent } from '../../../kit/src/events';
import { describeAccount, ensureAccounts, type AccountRef } from './accounts';

export interface LedgerLeg {
  account: AccountRef;
  /** Coin units: positive credits the account, negative debits it. */
  amount: number;
}

export interface PostTransactionInput {
  type: LedgerTransactionType;
  /** Why, in words people read in their history. */
  reason: string;
  /** The same key with the same parameters returns the first transaction; with others → CONFLICT. */
  idempotencyKey: string;
  legs: LedgerLeg[];
  /** Who asked for it; null when the platform did (rewards, refunds). */
  initiatedById?: string | null;
  /** Facts kept with it (note, orderId, eventId…); not part of the idempotency comparison. */
  metadata?: Record<string, unknown>;
}

export interface PostedTransaction {
  transaction: LedgerTransaction;
  /** True when the key had been used with the same parameters and nothing new was written. */
  replayed: boolean;
}

/** What the outbox announces for every posted transaction (the chain anchoring follows it). */
export interface LedgerTransactionPosted {
  transactionId: string;
  type: LedgerTransactionType;
  legs: { userId: string | null; system: string | null; amount: number }[];
  postedAt: string;
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

function requestHash(input: PostTransactionInput): string {
  const legs = input.legs.map((leg) => `${describeAccount(leg.account)}=${leg.amount}`).sort();
  return createHash('sha256').update(JSON.stringify({ type: input.type, reason: input.reason, legs })).digest('hex');
}

function checkInput(input: PostTransactionInput): void {
  const key = input.idempotencyKey.trim();
  if (key === '' || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badInput(`An idempotency key is 1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters; send a fresh random one per intended transaction.`, 'idempotencyKey');
  }
  if (input.reason.trim() === '') throw badInput('Say why the coins move.', 'reason');
  if (input.legs.length < 2) throw new Error('A ledger transaction needs at least two legs.');
  for (const leg of input.legs) {
    if (!Number.isSafeInteger(leg.amount) || leg.amount === 0) throw new Error(`A ledger leg must be a non-zero whole number of coins, not ${leg.amount}.`);
  }
  const sum = input.legs.reduce((total, leg) => total + leg.amount, 0);
  if (sum !== 0) throw new Error(`A ledger transaction must sum to zero; these legs sum to ${sum}.`);
}

/**
 * Posts the transaction inside `tx` (the caller's transaction, so an order, an outbox event or an
 * access grant commits with it or not at all). Throws PAYMENT_REQUIRED when a wallet would go below
 * zero, CONFLICT when the key was used with other parameters.
 */
export async function postTransaction(tx: Db, input: PostTransactionInput): Promise<PostedTransaction> {
  checkInput(input);
  const hash = requestHash(input);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`ledger:${input.idempotencyKey}`}, 0))`;
  const existing = await tx.ledgerTransaction.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (existing) {
    if (existing.requestHash !== hash) {
      throw conflict('This idempotency key was already used for a different transaction. Use a new key for a new transaction.');
    }
    return { transaction: existing, replayed: true };
  }

  const accountIds = await ensureAccounts(tx, input.legs.map((leg) => leg.account));
  const deltas = new Map<string, number>();
  input.legs.forEach((leg, index) => deltas.set(accountIds[index]!, (deltas.get(accountIds[index]!) ?? 0) + leg.amount));
  const ids = [...deltas.keys()].sort();
  const locked = await tx.$queryRaw<{ id: string; kind: string; user_id: string | null; balance: number }[]>`
    SELECT id::text, kind::text, user_id::text, balance FROM economy.ledger_account WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  for (const account of locked) {
    const after = account.balance + deltas.get(account.id)!;
    if (account.kind === 'user_wallet' && after < 0) {
      throw userError('PAYMENT_REQUIRED', `Not enough ScrollCoin: the wallet holds ${account.balance} and this needs ${account.balance - after}.`, {
        balance: account.balance,
        required: account.balance - after,
      });
    }
  }

  const transaction = await tx.ledgerTransaction.create({
    data: {
      type: input.type,
      reason: input.reason.trim(),
      idempotencyKey: input.idempotencyKey,
      requestHash: hash,
      initiatedById: input.initiatedById ?? null,
      metadata: (input.metadata ?? {}) as Prisma.InputJsonObject,
    },
  });
  await tx.ledgerEntry.createMany({
    data: input.legs.map((leg, index) => ({ transactionId: transaction.id, accountId: accountIds[index]!, amount: leg.amount, createdAt: transaction.createdAt })),
  });
  await tx.$executeRaw`
    UPDATE economy.ledger_account AS account SET balance = account.balance + change.delta
      FROM (SELECT unnest(${ids}::uuid[]) AS id, unnest(${ids.map((id) => deltas.get(id)!)}::int[]) AS delta) AS change
     WHERE account.id = change.id`;
  await emitEvent<LedgerTransactionPosted>(tx, 'economy', 'LedgerTransactionPosted', {
    transactionId: transaction.id,
    type: transaction.type,
    legs: input.legs.map((leg) => ({
      userId: 'userId' in leg.account ? leg.account.userId : null,
      system: 'system' in leg.account ? leg.account.system : null,
      amount: leg.amount,
    })),
    postedAt: transaction.createdAt.toISOString(),
  });
  return { transaction, replayed: false };
}
