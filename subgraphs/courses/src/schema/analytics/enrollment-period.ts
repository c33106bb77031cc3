// Enrollments in one day or week of an analytics period.
import { builder } from '../../builder';
import type { EnrollmentPeriod } from '../../analytics/course-analytics';

export const EnrollmentPeriodType = builder.objectRef<EnrollmentPeriod>('EnrollmentPeriod').implement({
  fields: (t) => ({
    periodStart: t.expose('periodStart', { type: 'DateTime', description: 'Start of the UTC day, or of the week (Monday).' }),
    enrollments: t.exposeInt('enrollments'),
  }),
});
