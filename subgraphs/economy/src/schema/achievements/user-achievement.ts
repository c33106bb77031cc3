// User.achievements: what a person has unlocked and when.
import { builder } from '../../builder';
import { UserRef } from '../content/user';
import { AchievementType } from './achievement';
import { unlockedAchievementsOf, type UnlockedAchievement } from './loaders';
import { assertMayViewProgress } from './progress-visibility';

export const UserAchievementType = builder.objectRef<UnlockedAchievement>('UserAchievement').implement({
  description: 'An achievement a person has unlocked.',
  fields: (t) => ({
    achievement: t.field({ type: AchievementType, resolve: (unlock) => unlock.achievement }),
    unlockedAt: t.expose('unlockedAt', { type: 'DateTime' }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  achievements: t.field({
    type: [UserAchievementType],
    description: 'Achievements they have unlocked, newest first: for the person and admins; anyone else gets FORBIDDEN.',
    authScopes: { authenticated: true },
    resolve: async (user, _args, context) => {
      assertMayViewProgress(context, user.id);
      return unlockedAchievementsOf(context).load(user.id);
    },
  }),
}));
