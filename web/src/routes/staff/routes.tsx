// Routes of the admissions staff: the queue and an application's review and decision.
import type { RouteObject } from 'react-router';

export const staffRoutes: RouteObject[] = [];
