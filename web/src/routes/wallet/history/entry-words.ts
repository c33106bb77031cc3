// How a wallet entry reads to its owner: the signed amount and a sentence saying where the coins came
// from or went. Pure, so the wording is the same wherever an entry is shown.
import type { LedgerTransactionType } from '../../../gql/graphql';

export interface EntryFacts {
  amount: number;
  type: LedgerTransactionType;
  reason: string;
  counterpartyName: string | null;
}

/** "+25" for coins in, "−10" (a true minus sign) for coins out. */
export function signedCoins(amount: number): string {
  const digits = Math.abs(amount).toLocaleString();
  return amount < 0 ? `−${digits}` : `+${digits}`;
}

const TYPE_WORDS: Record<LedgerTransactionType, string> = {
  mint: 'Granted by ScrollForge',
  transfer: 'Transfer',
  burn: 'Removed by ScrollForge',
  purchase: 'Purchase',
  refund: 'Refund',
  reward: 'Reward',
};

/** What happened, in words: "Sent to Ada", "Received from Ben", "Reward: course completed". */
export function explainEntry(entry: EntryFacts): string {
  if (entry.type === 'transfer') {
    const who = entry.counterpartyName ?? 'someone';
    return entry.amount < 0 ? `Sent to ${who}` : `Received from ${who}`;
  }
  return TYPE_WORDS[entry.type];
}

/** The transaction's own reason, unless it only repeats the type ("Transfer"). */
export function entryDetail(entry: EntryFacts): string | null {
  const reason = entry.reason.trim();
  if (reason === '' || reason.toLowerCase() === entry.type || reason === 'Transfer') return null;
  return reason.replace(/^Transfer: /, 'Note: ');
}
