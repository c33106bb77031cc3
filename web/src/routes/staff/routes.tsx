// Routes of the admissions staff: the queue and an application's review and decision.
import type { RouteObject } from 'react-router';
import { RequireSession } from '../../app/RequireSession';
import { QueuePage } from './queue/QueuePage';
import { StaffApplicationPage } from './application/StaffApplicationPage';

export const staffRoutes: RouteObject[] = [
  {
    path: 'staff/admissions',
    element: (
      <RequireSession>
        <QueuePage />
      </RequireSession>
    ),
  },
  {
    path: 'staff/applications/:id',
    element: (
      <RequireSession>
        <StaffApplicationPage />
      </RequireSession>
    ),
  },
];
