// Course completions in one day or week of an analytics period.
import { builder } from '../../builder';
import type { CompletionPeriod } from '../../analytics/course-analytics';

export const CompletionPeriodType = builder.objectRef<CompletionPeriod>('CompletionPeriod').implement({
  fields: (t) => ({
    periodStart: t.expose('periodStart', { type: 'DateTime', description: 'Start of the UTC day, or of the week (Monday).' }),
    completions: t.exposeInt('completions'),
  }),
});
