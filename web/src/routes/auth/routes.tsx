// Routes of the account area: registration, email verification, sign-in, password reset, the dashboard.
import type { RouteObject } from 'react-router';

export const authRoutes: RouteObject[] = [];
