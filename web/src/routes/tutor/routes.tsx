// Routes of the AI tutor: sessions and the chat that streams answers.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const tutorRoutes: RouteObject[] = [
  lazyPage('tutor', () => import('./sessions/TutorHomePage').then((m) => m.TutorHomePage), { session: true }),
  lazyPage('tutor/sessions/:id', () => import('./chat/TutorSessionPage').then((m) => m.TutorSessionPage), { session: true }),
];
