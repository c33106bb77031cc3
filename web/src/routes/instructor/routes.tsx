// Routes of instructors: their courses, the course editor, quiz editor and grading.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const instructorRoutes: RouteObject[] = [
  lazyPage('instructor', () => import('./home/InstructorHomePage').then((m) => m.InstructorHomePage), { session: true }),
  lazyPage('instructor/courses/:id', () => import('./editor/CourseEditorPage').then((m) => m.CourseEditorPage), { session: true }),
  lazyPage('instructor/courses/:id/quizzes/:quizId', () => import('./quiz/QuizEditorPage').then((m) => m.QuizEditorPage), { session: true }),
  lazyPage('instructor/courses/:id/grading', () => import('./grading/GradingPage').then((m) => m.GradingPage), { session: true }),
];
