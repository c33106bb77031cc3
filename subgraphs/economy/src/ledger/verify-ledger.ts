// The ledger's own audit: every transaction balances, every account's balance is the sum of its
// entries, and no person's wallet is below zero. A fixed number of aggregate statements, in one
// repeatable-read snapshot so a transaction posted meanwhile cannot look half-written.
import { Prisma, type PrismaClient } from '../../../kit/src/db';

/** Problems listed per kind; beyond it the report says how many more there are. */
export const MAX_PROBLEMS_PER_KIND = 100;

export type LedgerProblem =
  | { kind: 'too_few_entries'; transactionId: string; entries: number; message: string }
  | { kind: 'unbalanced_transaction'; transactionId: string; sum: number; message: string }
  | { kind: 'balance_mismatch'; accountId: string; balance: number; entriesSum: number; message: string }
  | { kind: 'negative_wallet'; accountId: string; userId: string; balance: number; message: string }
  | { kind: 'more_problems'; problemKind: string; count: number; message: string };

export interface LedgerReport {
  /** Transactions checked. */
  transactions: number;
  /** Accounts checked. */
  accounts: number;
  problems: LedgerProblem[];
}

interface TransactionProblemRow {
  id: string;
  entries: number;
  sum: bigint;
  total: number;
}

interface AccountProblemRow {
  id: string;
  balance: number;
  entries_sum: bigint;
  total: number;
}

interface NegativeWalletRow {
  id: string;
  user_id: string;
  balance: number;
  total: number;
}

function overflow(problemKind: string, total: number, listed: number): LedgerProblem[] {
  return total > listed ? [{ kind: 'more_problems', problemKind, count: total - listed, message: `${total - listed} more ${problemKind} problems not listed.` }] : [];
}

/** Checks the whole ledger; an empty `problems` means it is consistent. */
export async function verifyLedger(db: PrismaClient): Promise<LedgerReport> {
  return db.$transaction(
    async (tx) => {
      const [counts] = await tx.$queryRaw<{ transactions: number; accounts: number }[]>(Prisma.sql`
        SELECT (SELECT COUNT(*)::int FROM economy.ledger_transaction) AS transactions,
               (SELECT COUNT(*)::int FROM economy.ledger_account) AS accounts`);
      const badTransactions = await tx.$queryRaw<TransactionProblemRow[]>(Prisma.sql`
        SELECT checked.id, checked.entries, checked.sum, COUNT(*) OVER ()::int AS total
          FROM (SELECT transaction.id::text AS id, COUNT(entry.id)::int AS entries, COALESCE(SUM(entry.amount), 0)::bigint AS sum
                  FROM economy.ledger_transaction AS transaction
                  LEFT JOIN economy.ledger_entry AS entry ON entry.transaction_id = transaction.id
                 GROUP BY transaction.id) AS checked
         WHERE checked.entries < 2 OR checked.sum <> 0
         ORDER BY checked.id
         LIMIT ${MAX_PROBLEMS_PER_KIND}`);
      const badBalances = await tx.$queryRaw<AccountProblemRow[]>(Prisma.sql`
        SELECT account.id::text AS id, account.balance, COALESCE(sums.sum, 0)::bigint AS entries_sum, COUNT(*) OVER ()::int AS total
          FROM economy.ledger_account AS account
          LEFT JOIN (SELECT account_id, SUM(amount) AS sum FROM economy.ledger_entry GROUP BY account_id) AS sums ON sums.account_id = account.id
         WHERE account.balance <> COALESCE(sums.sum, 0)
         ORDER BY account.id
         LIMIT ${MAX_PROBLEMS_PER_KIND}`);
      const negativeWallets = await tx.$queryRaw<NegativeWalletRow[]>(Prisma.sql`
        SELECT id::text, user_id::text, balance, COUNT(*) OVER ()::int AS total
          FROM economy.ledger_account
         WHERE kind = 'user_wallet' AND balance < 0
         ORDER BY id
         LIMIT ${MAX_PROBLEMS_PER_KIND}`);

      const problems: LedgerProblem[] = [];
      for (const row of badTransactions) {
        if (row.entries < 2) {
          problems.push({ kind: 'too_few_entries', transactionId: row.id, entries: row.entries, message: `Transaction ${row.id} has ${row.entries} entries; it needs at least 2.` });
        }
        if (Number(row.sum) !== 0) {
          problems.push({ kind: 'unbalanced_transaction', transactionId: row.id, sum: Number(row.sum), message: `Transaction ${row.id}'s entries sum to ${row.sum}, not 0.` });
        }
      }
      problems.push(...overflow('transaction', badTransactions[0]?.total ?? 0, badTransactions.length));
      for (const row of badBalances) {
        problems.push({
          kind: 'balance_mismatch',
          accountId: row.id,
          balance: row.balance,
          entriesSum: Number(row.entries_sum),
          message: `Account ${row.id} has balance ${row.balance} but its entries sum to ${row.entries_sum}.`,
        });
      }
      problems.push(...overflow('balance', badBalances[0]?.total ?? 0, badBalances.length));
      for (const row of negativeWallets) {
        problems.push({ kind: 'negative_wallet', accountId: row.id, userId: row.user_id, balance: row.balance, message: `The wallet of ${row.user_id} is negative (${row.balance}).` });
      }
      problems.push(...overflow('negative wallet', negativeWallets[0]?.total ?? 0, negativeWallets.length));
      return { transactions: counts?.transactions ?? 0, accounts: counts?.accounts ?? 0, problems };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}
