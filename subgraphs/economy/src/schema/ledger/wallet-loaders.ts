// Per-request loaders for wallets: every wallet a request touches is totalled in one statement.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import { loadWalletTotals, type WalletTotals } from '../../ledger/wallet-totals';

export function walletTotalsLoader(context: SubgraphContext): DataLoader<string, WalletTotals> {
  return context.loader('economy.walletTotals', () => new DataLoader<string, WalletTotals>((userIds) => loadWalletTotals(context.prisma, userIds)));
}
