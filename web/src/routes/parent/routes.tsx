// Routes of parents: their children's progress.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const parentRoutes: RouteObject[] = [lazyPage('parent', () => import('./ParentPage').then((m) => m.ParentPage), { session: true })];
