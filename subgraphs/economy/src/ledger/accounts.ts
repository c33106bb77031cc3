// Ledger accounts: one wallet per person, created on first use, and the platform's system accounts,
// which have fixed ids so every process and every database agrees on them without a lookup.
import type { Db, LedgerAccountKind } from '../../../kit/src/db';

export type SystemAccount = Exclude<LedgerAccountKind, 'user_wallet'>;

export const SYSTEM_ACCOUNT_IDS: Record<SystemAccount, string> = {
  treasury: '00000000-0000-4000-8000-0000000000a1',
  rewards_pool: '00000000-0000-4000-8000-0000000000a2',
  escrow: '00000000-0000-4000-8000-0000000000a3',
  burn: '00000000-0000-4000-8000-0000000000a4',
};

/** Where a leg of a transaction books: a person's wallet or a system account. */
export type AccountRef = { userId: string } | { system: SystemAccount };

export function describeAccount(ref: AccountRef): string {
  return 'userId' in ref ? `wallet:${ref.userId}` : `system:${ref.system}`;
}

/** Makes sure the accounts exist (wallets are opened on first use) and returns their ids, in the order given. */
export async function ensureAccounts(tx: Db, refs: readonly AccountRef[]): Promise<string[]> {
  const systems = [...new Set(refs.flatMap((ref) => ('system' in ref ? [ref.system] : [])))];
  // Sorted, so two transactions opening the same new wallets insert them in the same order and cannot deadlock.
  const userIds = [...new Set(refs.flatMap((ref) => ('userId' in ref ? [ref.userId] : [])))].sort();
  if (systems.length > 0) {
    await tx.ledgerAccount.createMany({ data: systems.map((kind) => ({ id: SYSTEM_ACCOUNT_IDS[kind], kind })), skipDuplicates: true });
  }
  const wallets = new Map<string, string>();
  if (userIds.length > 0) {
    await tx.ledgerAccount.createMany({ data: userIds.map((userId) => ({ kind: 'user_wallet' as const, userId })), skipDuplicates: true });
    const rows = await tx.ledgerAccount.findMany({ where: { userId: { in: userIds } }, select: { id: true, userId: true } });
    for (const row of rows) wallets.set(row.userId!, row.id);
  }
  return refs.map((ref) => ('system' in ref ? SYSTEM_ACCOUNT_IDS[ref.system] : wallets.get(ref.userId)!));
}
