// Paying an order with ScrollCoin: one `purchase` ledger transaction (the buyer's wallet pays the
// coin total; each course's payee receives the instructor share in coins, the treasury the rest),
// posted in the caller's transaction so the order is paid and fulfilled with it or not at all.
import type { Db, OrderItem } from '../../../kit/src/db';
import { postTransaction, type LedgerLeg, type PostedTransaction } from '../ledger/post-transaction';
import { splitRevenue } from './revenue-split';
import type { Catalogue } from './sellables';

export interface CoinPurchase {
  orderId: string;
  buyerId: string;
  /** Each order item with the coins it costs. */
  items: { item: OrderItem; coins: number }[];
}

export async function postCoinPurchase(tx: Db, catalogue: Catalogue, purchase: CoinPurchase): Promise<PostedTransaction | null> {
  const total = purchase.items.reduce((sum, { coins }) => sum + coins, 0);
  if (total === 0) return null;
  const payees = new Map<string, number>();
  let treasury = 0;
  for (const { item, coins } of purchase.items) {
    const splits = splitRevenue(catalogue, item, coins);
    if (splits.length === 0) treasury += coins;
    for (const split of splits) {
      if (split.payeeId !== null) {
        payees.set(split.payeeId, (payees.get(split.payeeId) ?? 0) + split.instructor);
        treasury += split.platform;
      } else {
        treasury += split.gross;
      }
    }
  }
  const legs: LedgerLeg[] = [
    { account: { userId: purchase.buyerId }, amount: -total },
    ...[...payees].filter(([, amount]) => amount > 0).map(([userId, amount]) => ({ account: { userId }, amount })),
    ...(treasury > 0 ? [{ account: { system: 'treasury' as const }, amount: treasury }] : []),
  ];
  return postTransaction(tx, {
    type: 'purchase',
    reason: `Order ${purchase.orderId}`,
    idempotencyKey: `order-purchase:${purchase.orderId}`,
    legs,
    initiatedById: purchase.buyerId,
    metadata: { orderId: purchase.orderId },
  });
}
