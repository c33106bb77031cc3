// Routes of a student's own study: grades, study plans with their calendar, practice sessions, and the
// schools they joined (with whether they share their progress).
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const studyRoutes: RouteObject[] = [
  lazyPage('study', () => import('./home/StudyHomePage').then((m) => m.StudyHomePage), { session: true }),
  lazyPage('study/grades', () => import('./grades/GradesPage').then((m) => m.GradesPage), { session: true }),
  lazyPage('study/plans', () => import('./plans/StudyPlansPage').then((m) => m.StudyPlansPage), { session: true }),
  lazyPage('study/plans/:id', () => import('./plans/StudyPlanPage').then((m) => m.StudyPlanPage), { session: true }),
  lazyPage('study/practice', () => import('./practice/PracticePage').then((m) => m.PracticePage), { session: true }),
  lazyPage('study/practice/:id', () => import('./practice/PracticeSessionPage').then((m) => m.PracticeSessionPage), { session: true }),
  lazyPage('study/schools', () => import('./schools/MySchoolsPage').then((m) => m.MySchoolsPage), { session: true }),
];
