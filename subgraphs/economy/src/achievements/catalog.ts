// The achievements ScrollForge offers: learning and spiritual growth, rewarded in XP and coins in
// proportion to the effort. Seeded by slug (achievements/seed-achievements.ts, at every economy start and in the demo seed); a slug never changes
// meaning once people hold it.
import type { AchievementRarity } from '../../../kit/src/db';
import type { AchievementCriteria } from './criteria';
import { METRICS } from './metrics';

export interface AchievementSpec {
  slug: string;
  name: string;
  description: string;
  criteria: AchievementCriteria;
  rarity: AchievementRarity;
  xp: number;
  coinReward: number;
}

export const ACHIEVEMENT_CATALOG: readonly AchievementSpec[] = [
  {
    slug: 'first-course-completed',
    name: 'First Fruits',
    description: 'Complete your first course.',
    criteria: { metric: METRICS.coursesCompleted, atLeast: 1 },
    rarity: 'common',
    xp: 50,
    coinReward: 10,
  },
  {
    slug: 'five-courses-completed',
    name: 'Diligent Student',
    description: 'Complete five courses.',
    criteria: { metric: METRICS.coursesCompleted, atLeast: 5 },
    rarity: 'rare',
    xp: 250,
    coinReward: 100,
  },
  {
    slug: 'ten-courses-completed',
    name: 'Scholar',
    description: 'Complete ten courses.',
    criteria: { metric: METRICS.coursesCompleted, atLeast: 10 },
    rarity: 'epic',
    xp: 600,
    coinReward: 250,
  },
  {
    slug: 'honour-roll',
    name: 'Honour Roll',
    description: 'Finish a course with a final grade of 90% or more.',
    criteria: { metric: METRICS.bestGrade, atLeast: 90 },
    rarity: 'uncommon',
    xp: 150,
    coinReward: 50,
  },
  {
    slug: 'devotion-streak-7',
    name: 'Faithful Week',
    description: 'Keep a seven-day devotion streak.',
    criteria: { metric: METRICS.devotionStreak, atLeast: 7 },
    rarity: 'uncommon',
    xp: 100,
    coinReward: 25,
  },
  {
    slug: 'devotion-streak-30',
    name: 'Steadfast',
    description: 'Keep a thirty-day devotion streak.',
    criteria: { metric: METRICS.devotionStreak, atLeast: 30 },
    rarity: 'epic',
    xp: 400,
    coinReward: 150,
  },
  {
    slug: 'first-answered-prayer',
    name: 'Answered Prayer',
    description: 'Mark a prayer in your journal as answered.',
    criteria: { metric: METRICS.answeredPrayers, atLeast: 1 },
    rarity: 'uncommon',
    xp: 100,
    coinReward: 20,
  },
  {
    slug: 'prayers-logged-100',
    name: 'Devoted to Prayer',
    description: 'Write one hundred entries in your prayer journal.',
    criteria: { metric: METRICS.prayersLogged, atLeast: 100 },
    rarity: 'rare',
    xp: 300,
    coinReward: 100,
  },
  {
    slug: 'verses-mastered-10',
    name: 'Hidden in the Heart',
    description: 'Master ten memory verses.',
    criteria: { metric: METRICS.versesMastered, atLeast: 10 },
    rarity: 'rare',
    xp: 250,
    coinReward: 75,
  },
  {
    slug: 'first-steps-in-faith',
    name: 'First Steps in Faith',
    description: 'Reach a seven-day devotion streak or log ten prayers.',
    criteria: { any: [{ metric: METRICS.devotionStreak, atLeast: 7 }, { metric: METRICS.prayersLogged, atLeast: 10 }] },
    rarity: 'common',
    xp: 50,
    coinReward: 10,
  },
  {
    slug: 'whole-person',
    name: 'Mind and Spirit',
    description: 'Complete five courses, keep a thirty-day devotion streak and master ten memory verses.',
    criteria: {
      all: [
        { metric: METRICS.coursesCompleted, atLeast: 5 },
        { metric: METRICS.devotionStreak, atLeast: 30 },
        { metric: METRICS.versesMastered, atLeast: 10 },
      ],
    },
    rarity: 'legendary',
    xp: 1000,
    coinReward: 500,
  },
];
