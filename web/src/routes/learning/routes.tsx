// Routes of learning: the catalog, a course's page with enroll and buy, lectures, quizzes and certificates.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const learningRoutes: RouteObject[] = [
  lazyPage('courses', () => import('./catalog/CatalogPage').then((m) => m.CatalogPage)),
  lazyPage('courses/:slug', () => import('./course/CoursePage').then((m) => m.CoursePage)),
  lazyPage('courses/:slug/lectures/:lectureId', () => import('./player/LecturePage').then((m) => m.LecturePage), { session: true }),
  lazyPage('courses/:slug/quizzes/:quizId', () => import('./quiz/QuizPage').then((m) => m.QuizPage), { session: true }),
  lazyPage('courses/:slug/quizzes/:quizId/attempts/:attemptId', () => import('./quiz/AttemptPage').then((m) => m.AttemptPage), { session: true }),
  lazyPage('courses/:slug/certificate', () => import('./certificate/CertificatePage').then((m) => m.CertificatePage), { session: true }),
  lazyPage('certificates/verify/:code', () => import('./certificate/VerifyCertificatePage').then((m) => m.VerifyCertificatePage)),
];
