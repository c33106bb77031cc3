// Every route of the app. Each area lists its own routes in routes/<area>/routes.tsx.
import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { HomePage } from '../routes/home/HomePage';
import { authRoutes } from '../routes/auth/routes';
import { admissionsRoutes } from '../routes/admissions/routes';
import { staffRoutes } from '../routes/staff/routes';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [{ index: true, element: <HomePage /> }, ...authRoutes, ...admissionsRoutes, ...staffRoutes, { path: '*', element: <NotFoundPage /> }],
  },
]);
