// Routes of school administrators: the schools they run, and per school its API keys and their usage,
// the join code and the students.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const schoolRoutes: RouteObject[] = [
  lazyPage('school', () => import('./home/SchoolsPage').then((m) => m.SchoolsPage), { session: true }),
  lazyPage('school/:schoolId', () => import('./manage/SchoolPage').then((m) => m.SchoolPage), { session: true }),
];
