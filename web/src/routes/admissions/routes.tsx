// Routes of the applicant's admissions journey: programs, applying, my applications.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const admissionsRoutes: RouteObject[] = [
  lazyPage('admissions', () => import('./programs/ProgramsPage').then((m) => m.ProgramsPage)),
  lazyPage('admissions/programs/:slug', () => import('./program/ProgramPage').then((m) => m.ProgramPage)),
  lazyPage('applications', () => import('./applications/MyApplicationsPage').then((m) => m.MyApplicationsPage), { session: true }),
  lazyPage('applications/:id', () => import('./application/ApplicationPage').then((m) => m.ApplicationPage), { session: true }),
];
