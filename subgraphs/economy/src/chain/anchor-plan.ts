// Which on-chain movement mirrors a ledger transaction. The chain mirrors people's wallets only: coins
// entering a wallet from a platform account are minted to the person's address, coins leaving to a
// platform account are burned from it, and coins moving between two wallets are a ledgerTransfer. So
// purchases (wallet → treasury/escrow) burn and refunds (platform → wallet) mint, and every address's
// balanceOf equals its wallet's ledger balance once its anchors are confirmed.
import type { ChainAnchorKind } from '../../../kit/src/db';
import type { LedgerTransactionPosted } from '../ledger/post-transaction';

export type AnchorPlan =
  | { kind: Extract<ChainAnchorKind, 'coin_mint'>; toUserId: string; amount: number }
  | { kind: Extract<ChainAnchorKind, 'coin_burn'>; fromUserId: string; amount: number }
  | { kind: Extract<ChainAnchorKind, 'coin_transfer'>; fromUserId: string; toUserId: string; amount: number }
  | { kind: 'skip'; reason: string };

/** The one movement that mirrors `posted`, or why none does. Pure. */
export function planLedgerAnchor(posted: Pick<LedgerTransactionPosted, 'legs'>): AnchorPlan {
  const netByUser = new Map<string, number>();
  for (const leg of posted.legs) {
    if (leg.userId !== null) netByUser.set(leg.userId, (netByUser.get(leg.userId) ?? 0) + leg.amount);
  }
  const moved = [...netByUser].filter(([, amount]) => amount !== 0);
  if (moved.length === 0) return { kind: 'skip', reason: 'no wallet balance changes, so nothing on chain changes' };
  if (moved.length === 1) {
    const [userId, amount] = moved[0]!;
    return amount > 0 ? { kind: 'coin_mint', toUserId: userId, amount } : { kind: 'coin_burn', fromUserId: userId, amount: -amount };
  }
  if (moved.length === 2) {
    const [first, second] = moved as [[string, number], [string, number]];
    if (first[1] === -second[1]) {
      const [from, to] = first[1] < 0 ? [first, second] : [second, first];
      return { kind: 'coin_transfer', fromUserId: from[0], toUserId: to[0], amount: to[1] };
    }
  }
  // No ledger operation posts these today; mirroring one would need several anchors per transaction.
  return { kind: 'skip', reason: `${moved.length} wallets change by unequal amounts; one anchor cannot mirror that` };
}
