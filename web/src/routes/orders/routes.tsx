// Routes of orders: where a checkout returns people, and an order's receipt.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const orderRoutes: RouteObject[] = [lazyPage('orders/:id', () => import('./OrderPage').then((m) => m.OrderPage), { session: true })];
