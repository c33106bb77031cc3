// Routes of the account area: registration, email verification, sign-in, password reset, the dashboard.
import type { RouteObject } from 'react-router';
import { RequireSession } from '../../app/RequireSession';
import { RegisterPage } from './register/RegisterPage';
import { VerifyPage } from './verify/VerifyPage';
import { LoginPage } from './login/LoginPage';
import { ForgotPasswordPage } from './forgot-password/ForgotPasswordPage';
import { ResetPasswordPage } from './reset-password/ResetPasswordPage';
import { DashboardPage } from './dashboard/DashboardPage';

export const authRoutes: RouteObject[] = [
  { path: 'register', element: <RegisterPage /> },
  { path: 'verify', element: <VerifyPage /> },
  { path: 'login', element: <LoginPage /> },
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  { path: 'reset-password', element: <ResetPasswordPage /> },
  {
    path: 'dashboard',
    element: (
      <RequireSession>
        <DashboardPage />
      </RequireSession>
    ),
  },
];
