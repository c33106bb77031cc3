// Routes of moderators: the moderation queue and its cases.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const moderationRoutes: RouteObject[] = [
  lazyPage('moderation', () => import('./queue/ModerationPage').then((m) => m.ModerationPage), { session: true }),
];
