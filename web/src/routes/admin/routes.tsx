// Routes of administrators: people and roles, the course review queue, analytics.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const adminRoutes: RouteObject[] = [
  lazyPage('admin', () => import('./home/AdminHomePage').then((m) => m.AdminHomePage), { session: true }),
  lazyPage('admin/people', () => import('./people/PeoplePage').then((m) => m.PeoplePage), { session: true }),
  lazyPage('admin/reviews', () => import('./reviews/ReviewsPage').then((m) => m.ReviewsPage), { session: true }),
  lazyPage('admin/analytics', () => import('./analytics/AnalyticsPage').then((m) => m.AnalyticsPage), { session: true }),
];
