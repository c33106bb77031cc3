// A day of a plan as one follower sees it: its readings, whether they read it, and when it was due.
import { builder } from '../../builder';
import type { ReadingPlanDayProgress } from '../../devotions/reading-plans';

export const ReadingPlanDayProgressType = builder.objectRef<ReadingPlanDayProgress>('ReadingPlanDayProgress').implement({
  fields: (t) => ({
    dayNumber: t.exposeInt('dayNumber'),
    references: t.exposeStringList('references'),
    completed: t.exposeBoolean('completed'),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD: the start date plus the day number less one.' }),
  }),
});
