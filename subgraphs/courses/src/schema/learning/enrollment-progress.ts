// An enrollment's progress through the course's live lectures and readings.
import { builder } from '../../builder';
import type { ProgressSummary } from '../../learning/requirements';
import { ModuleProgressType } from './module-progress';

export const EnrollmentProgressType = builder.objectRef<ProgressSummary>('EnrollmentProgress').implement({
  description: 'Progress over the course’s live lectures (completed) and readings (viewed); archived items do not count.',
  fields: (t) => ({
    percent: t.exposeFloat('percent', { description: 'Percent with one decimal.' }),
    completedItems: t.exposeInt('completedItems'),
    totalItems: t.exposeInt('totalItems'),
    modules: t.field({ type: [ModuleProgressType], description: 'The live modules in syllabus order.', resolve: (progress) => progress.modules }),
  }),
});
