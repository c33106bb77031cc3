// Routes of the applicant's admissions journey: programs, applying, my applications.
import type { RouteObject } from 'react-router';
import { RequireSession } from '../../app/RequireSession';
import { ApplicationPage } from './application/ApplicationPage';
import { MyApplicationsPage } from './applications/MyApplicationsPage';
import { ProgramPage } from './program/ProgramPage';
import { ProgramsPage } from './programs/ProgramsPage';

export const admissionsRoutes: RouteObject[] = [
  { path: 'admissions', element: <ProgramsPage /> },
  { path: 'admissions/programs/:slug', element: <ProgramPage /> },
  {
    path: 'applications',
    element: (
      <RequireSession>
        <MyApplicationsPage />
      </RequireSession>
    ),
  },
  {
    path: 'applications/:id',
    element: (
      <RequireSession>
        <ApplicationPage />
      </RequireSession>
    ),
  },
];
