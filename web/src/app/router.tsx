// Every route of the app. Each page lives in its own folder under routes/.
import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { HomePage } from '../routes/home/HomePage';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
