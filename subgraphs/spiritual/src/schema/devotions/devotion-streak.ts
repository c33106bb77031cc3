// How many days in a row you have finished devotions.
import { builder } from '../../builder';
import type { DevotionStreak } from '../../devotions/devotions';

export const DevotionStreakType = builder.objectRef<DevotionStreak>('MyDevotionStreak').implement({
  description:
    'Days with a finished devotion in a row, counted on your local dates. One missed day per ISO week (Monday to Sunday) is forgiven, but never two in a row; not having finished today yet never breaks it.',
  fields: (t) => ({
    current: t.exposeInt('current', { description: 'Days in the streak still alive today; 0 when there is none.' }),
    longest: t.exposeInt('longest', { description: 'Days in your longest streak, the current one included.' }),
    lastCompletedOn: t.exposeString('lastCompletedOn', { nullable: true, description: 'YYYY-MM-DD local date of your latest completion.' }),
  }),
});
