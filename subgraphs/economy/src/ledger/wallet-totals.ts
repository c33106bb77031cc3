// A wallet's balance and its pending coins, for many wallets in one statement.
//
// `pending` is the part of what a wallet was credited that the chain does not show yet: the sum of the
// wallet's positive entries whose transaction has no anchor, or an anchor that is not `confirmed`
// (queued, submitted or failed). It is informational — pending coins are already spendable in the
// ledger, which is the source of truth; debits are not netted against it.
import { Prisma, type Db } from '../../../kit/src/db';

export interface WalletTotals {
  userId: string;
  /** Coins the wallet holds now (the ledger's balance). */
  balance: number;
  /** Coins credited by transactions whose on-chain anchor is not confirmed yet. */
  pending: number;
}

/** Totals for each id, in the order given; a person without an account yet has 0 and 0. */
export async function loadWalletTotals(db: Db, userIds: readonly string[]): Promise<WalletTotals[]> {
  if (userIds.length === 0) return [];
  const ids = [...new Set(userIds.map((id) => id.toLowerCase()))];
  const rows = await db.$queryRaw<{ user_id: string; balance: number; pending: bigint | null }[]>(Prisma.sql`
    SELECT account.user_id::text AS user_id, account.balance,
           (SELECT SUM(entry.amount)
              FROM economy.ledger_entry AS entry
              LEFT JOIN economy.chain_anchor AS anchor ON anchor.transaction_id = entry.transaction_id
             WHERE entry.account_id = account.id AND entry.amount > 0
               AND (anchor.id IS NULL OR anchor.status <> 'confirmed')) AS pending
      FROM economy.ledger_account AS account
     WHERE account.user_id = ANY(${ids}::uuid[])`);
  const byUser = new Map(rows.map((row) => [row.user_id, row]));
  return userIds.map((userId) => {
    const row = byUser.get(userId.toLowerCase());
    return { userId, balance: row?.balance ?? 0, pending: Number(row?.pending ?? 0) };
  });
}
