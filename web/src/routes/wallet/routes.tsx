// Routes of the wallet: ScrollCoin balance, history, transfers, achievements, badges and orders, and the
// public page where anyone checks a badge on chain.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const walletRoutes: RouteObject[] = [
  lazyPage('wallet', () => import('./WalletPage').then((m) => m.WalletPage), { session: true }),
  lazyPage('badges/verify/:tokenId', () => import('./badge-verify/BadgeVerifyPage').then((m) => m.BadgeVerifyPage)),
];
