// User.spiritualGrowth: visible to the person and to their confirmed parents; FORBIDDEN to everyone else.
import { forbidden } from '../../../../kit/src/errors';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { timezoneRule } from '../../../../kit/src/zoned-time';
import { builder } from '../../builder';
import { canSeeGrowth, loadSpiritualGrowth, type SpiritualGrowth, type WeeklyActivity } from '../../growth/growth';
import type { Streak } from '../../devotions/streaks';
import { UserRef } from '../content/user';

const DevotionStreakType = builder.objectRef<Streak>('DevotionStreak').implement({
  description: 'Days in a row with a completed devotion, on your local calendar.',
  fields: (t) => ({
    current: t.exposeInt('current'),
    longest: t.exposeInt('longest'),
  }),
});

const WeeklyActivityType = builder.objectRef<WeeklyActivity>('WeeklyActivity').implement({
  description: 'What a person did in one week (Monday to Sunday, local time).',
  fields: (t) => ({
    weekStart: t.exposeString('weekStart', { description: 'The Monday, YYYY-MM-DD.' }),
    devotions: t.exposeInt('devotions'),
    prayers: t.exposeInt('prayers', { description: '"I prayed" taps.' }),
    reviews: t.exposeInt('reviews', { description: 'Memory verse reviews.' }),
  }),
});

const SpiritualGrowthType = builder.objectRef<SpiritualGrowth>('SpiritualGrowth').implement({
  fields: (t) => ({
    devotionStreak: t.field({ type: DevotionStreakType, resolve: (growth) => growth.devotionStreak }),
    devotionsCompleted: t.exposeInt('devotionsCompleted'),
    prayersLogged: t.exposeInt('prayersLogged', { description: 'Prayer journal entries written.' }),
    prayersAnswered: t.exposeInt('prayersAnswered'),
    versesMastered: t.exposeInt('versesMastered', {
      description: 'Memory cards reviewed at least 3 times whose FSRS recall probability is still at least 0.9.',
    }),
    weeklyActivity: t.field({ type: [WeeklyActivityType], description: 'The last 8 weeks, oldest first.', resolve: (growth) => growth.weeklyActivity }),
  }),
});

builder.objectField(UserRef, 'spiritualGrowth', (t) =>
  t.field({
    type: SpiritualGrowthType,
    description: 'Streaks, totals and recent activity. Errors: UNAUTHENTICATED, FORBIDDEN unless you are this person or their confirmed parent.',
    args: {
      timezone: t.arg.string({ description: 'IANA time zone the days are counted in. @default UTC' }).validate(timezoneRule.nullish()),
    },
    resolve: async (user, args, context) => {
      const viewerId = signedInUserId(context);
      if (!(await canSeeGrowth(context.prisma, viewerId, user.id))) throw forbidden('Only this person and their parents can see their spiritual growth.');
      return loadSpiritualGrowth(context.prisma, user.id, args.timezone ?? 'UTC');
    },
  }),
);
