// Routes of the applicant's admissions journey: programs, applying, my applications.
import type { RouteObject } from 'react-router';

export const admissionsRoutes: RouteObject[] = [];
