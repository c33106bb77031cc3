// Every route of the app. Each area lists its own routes in routes/<area>/routes.tsx; each page is its
// own chunk (lazyPage), loaded on first visit.
import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { HomePage } from '../routes/home/HomePage';
import { authRoutes } from '../routes/auth/routes';
import { admissionsRoutes } from '../routes/admissions/routes';
import { staffRoutes } from '../routes/staff/routes';
import { learningRoutes } from '../routes/learning/routes';
import { studyRoutes } from '../routes/study/routes';
import { tutorRoutes } from '../routes/tutor/routes';
import { spiritualRoutes } from '../routes/spiritual/routes';
import { communityRoutes } from '../routes/community/routes';
import { walletRoutes } from '../routes/wallet/routes';
import { instructorRoutes } from '../routes/instructor/routes';
import { moderationRoutes } from '../routes/moderation/routes';
import { adminRoutes } from '../routes/admin/routes';
import { parentRoutes } from '../routes/parent/routes';
import { schoolRoutes } from '../routes/school/routes';
import { orderRoutes } from '../routes/orders/routes';

const areaRoutes = [
  ...authRoutes,
  ...learningRoutes,
  ...studyRoutes,
  ...tutorRoutes,
  ...spiritualRoutes,
  ...communityRoutes,
  ...walletRoutes,
  ...orderRoutes,
  ...admissionsRoutes,
  ...staffRoutes,
  ...instructorRoutes,
  ...moderationRoutes,
  ...adminRoutes,
  ...parentRoutes,
  ...schoolRoutes,
];

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [{ index: true, element: <HomePage /> }, ...areaRoutes, { path: '*', element: <NotFoundPage /> }],
  },
]);
