// A wallet's history, newest first, one SQL statement per page whatever its length: entries join their
// transaction, and the counterparty (the person on the other side, if any) comes from a correlated
// subquery on the same transaction's entries.
//
// Each entry carries no running balance: computing it would sum every later entry of the wallet per
// row, which grows with the history; clients that need it derive it from `balance` and the page.
import { Prisma, type Db, type LedgerTransactionType } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../../kit/src/keyset-cursor';

/** Page size when the caller does not say. */
export const DEFAULT_HISTORY_PAGE_SIZE = 20;
/** Largest page a caller may ask for. */
export const MAX_HISTORY_PAGE_SIZE = 100;

export type HistoryDirection = 'IN' | 'OUT';

export interface WalletHistoryFilter {
  /** Only these transaction types. @default every type */
  types?: readonly LedgerTransactionType[] | null;
  /** IN: credits to the wallet; OUT: debits from it. @default both */
  direction?: HistoryDirection | null;
  /** Entries at or after this instant. @default no lower bound */
  from?: Date | null;
  /** Entries before this instant. @default no upper bound */
  until?: Date | null;
}

export interface WalletHistoryOptions {
  /** Entries per page, 1 to MAX_HISTORY_PAGE_SIZE. @default DEFAULT_HISTORY_PAGE_SIZE */
  first?: number | null;
  /** The `endCursor` of the previous page. @default the newest entry */
  after?: string | null;
  filter?: WalletHistoryFilter | null;
}

export interface WalletHistoryEntry {
  id: string;
  /** Signed coin units: positive credited the wallet, negative debited it. */
  amount: number;
  createdAt: Date;
  transaction: {
    id: string;
    type: LedgerTransactionType;
    reason: string;
    createdAt: Date;
    /** The person on the other side of the transaction; null when it was a system account (mint, reward, burn…). */
    counterpartyId: string | null;
  };
}

export interface WalletHistoryPage {
  entries: { cursor: string; entry: WalletHistoryEntry }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_HISTORY_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_HISTORY_PAGE_SIZE) {
    throw badInput(`Ask for 1 to ${MAX_HISTORY_PAGE_SIZE} entries per page.`, 'first');
  }
  return size;
}

/** Ledger times are stored as UTC without a zone; compare in the same terms whatever the session's zone. */
function utcTimestamp(date: Date): Prisma.Sql {
  return Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

function filterConditions(filter: WalletHistoryFilter | null | undefined): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (!filter) return conditions;
  if (filter.from && filter.until && filter.from >= filter.until) {
    throw badInput('The history filter’s `from` must be before its `until`.', 'filter.until');
  }
  if (filter.types && filter.types.length > 0) conditions.push(Prisma.sql`transaction.type::text = ANY(${[...filter.types]}::text[])`);
  if (filter.direction === 'IN') conditions.push(Prisma.sql`entry.amount > 0`);
  if (filter.direction === 'OUT') conditions.push(Prisma.sql`entry.amount < 0`);
  if (filter.from) conditions.push(Prisma.sql`entry.created_at >= ${utcTimestamp(filter.from)}`);
  if (filter.until) conditions.push(Prisma.sql`entry.created_at < ${utcTimestamp(filter.until)}`);
  return conditions;
}

interface HistoryRow {
  id: string;
  amount: number;
  created_at: Date;
  transaction_id: string;
  type: LedgerTransactionType;
  reason: string;
  transaction_created_at: Date;
  counterparty_id: string | null;
}

/** One page of the wallet's entries, newest first. Input problems are BAD_USER_INPUT naming the argument. */
export async function walletHistoryPage(db: Db, ownerId: string, options: WalletHistoryOptions = {}): Promise<WalletHistoryPage> {
  const size = pageSize(options.first);
  const conditions = [Prisma.sql`account.user_id = ${ownerId}::uuid`, ...filterConditions(options.filter)];
  if (options.after) {
    const position = decodeKeysetCursor(options.after, 'That history cursor is not one this server gave out; start again from the first page.');
    conditions.push(Prisma.sql`(entry.created_at, entry.id) < (${utcTimestamp(position.at)}, ${position.id}::uuid)`);
  }
  const rows = await db.$queryRaw<HistoryRow[]>(Prisma.sql`
    SELECT entry.id::text AS id, entry.amount, entry.created_at,
           transaction.id::text AS transaction_id, transaction.type::text AS type, transaction.reason,
           transaction.created_at AS transaction_created_at,
           (SELECT other_account.user_id::text
              FROM economy.ledger_entry AS other
              JOIN economy.ledger_account AS other_account ON other_account.id = other.account_id
             WHERE other.transaction_id = entry.transaction_id AND other.account_id <> entry.account_id
               AND other_account.user_id IS NOT NULL AND sign(other.amount) <> sign(entry.amount)
             ORDER BY abs(other.amount) DESC, other.id
             LIMIT 1) AS counterparty_id
      FROM economy.ledger_entry AS entry
      JOIN economy.ledger_account AS account ON account.id = entry.account_id
      JOIN economy.ledger_transaction AS transaction ON transaction.id = entry.transaction_id
     WHERE ${Prisma.join(conditions, ' AND ')}
     ORDER BY entry.created_at DESC, entry.id DESC
     LIMIT ${size + 1}`);
  const pageRows = rows.slice(0, size);
  const entries = pageRows.map((row) => ({
    cursor: encodeKeysetCursor({ at: row.created_at, id: row.id }),
    entry: {
      id: row.id,
      amount: row.amount,
      createdAt: row.created_at,
      transaction: {
        id: row.transaction_id,
        type: row.type,
        reason: row.reason,
        createdAt: row.transaction_created_at,
        counterpartyId: row.counterparty_id,
      },
    },
  }));
  return { entries, hasNextPage: rows.length > size, endCursor: entries.at(-1)?.cursor ?? null };
}
