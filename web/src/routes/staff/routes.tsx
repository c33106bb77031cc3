// Routes of the admissions staff: the queue and an application's review and decision.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const staffRoutes: RouteObject[] = [
  lazyPage('staff/admissions', () => import('./queue/QueuePage').then((m) => m.QueuePage), { session: true }),
  lazyPage('staff/applications/:id', () => import('./application/StaffApplicationPage').then((m) => m.StaffApplicationPage), { session: true }),
];
