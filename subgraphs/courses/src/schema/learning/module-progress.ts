// One module's share of an enrollment's progress, with its lock as the student sees it.
import { builder } from '../../builder';
import type { ModuleProgressSummary } from '../../learning/requirements';
import { ModuleType } from '../content/module';

export const ModuleProgressType = builder.objectRef<ModuleProgressSummary>('ModuleProgress').implement({
  description: 'A module’s progress for one student: lectures completed and readings viewed, completion and lock.',
  fields: (t) => ({
    module: t.field({ type: ModuleType, resolve: (progress) => progress.module }),
    percent: t.exposeFloat('percent', { description: 'Live lectures completed and readings viewed, in percent with one decimal.' }),
    completedItems: t.exposeInt('completedItems'),
    totalItems: t.exposeInt('totalItems'),
    completed: t.exposeBoolean('completed', { description: 'Every requirement of the module is met (items and required quiz).' }),
    locked: t.exposeBoolean('locked', { description: 'The module has not opened yet.' }),
    lockedReason: t.exposeString('lockedReason', { nullable: true }),
    opensAt: t.expose('opensAt', { type: 'DateTime', nullable: true }),
  }),
});
