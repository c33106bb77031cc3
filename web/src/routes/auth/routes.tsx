// Routes of the account area: registration, email verification, sign-in, password reset, the dashboard.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

export const authRoutes: RouteObject[] = [
  lazyPage('register', () => import('./register/RegisterPage').then((m) => m.RegisterPage)),
  lazyPage('verify', () => import('./verify/VerifyPage').then((m) => m.VerifyPage)),
  lazyPage('login', () => import('./login/LoginPage').then((m) => m.LoginPage)),
  lazyPage('forgot-password', () => import('./forgot-password/ForgotPasswordPage').then((m) => m.ForgotPasswordPage)),
  lazyPage('reset-password', () => import('./reset-password/ResetPasswordPage').then((m) => m.ResetPasswordPage)),
  lazyPage('dashboard', () => import('./dashboard/DashboardPage').then((m) => m.DashboardPage), { session: true }),
];
