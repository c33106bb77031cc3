// User.xp: a person's experience points and the level they make.
import { builder } from '../../builder';
import { levelFor, type Experience } from '../../achievements/levels';
import { UserRef } from '../content/user';
import { experiencePointsOf } from './loaders';
import { assertMayViewProgress } from './progress-visibility';

export const ExperienceType = builder.objectRef<Experience>('Experience').implement({
  description: 'Experience points from achievements and the level they make. Level n begins at 100·n·(n−1)/2 XP.',
  fields: (t) => ({
    xp: t.exposeInt('xp', { description: 'Total XP earned.' }),
    level: t.exposeInt('level', { description: 'Starts at 1.' }),
    levelProgress: t.exposeFloat('levelProgress', { description: 'How far through the current level, from 0 towards 1.' }),
    xpForNextLevel: t.exposeInt('xpForNextLevel', { description: 'Total XP at which the next level begins.' }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  xp: t.field({
    type: ExperienceType,
    description: 'Their experience and level: for the person and admins; anyone else gets FORBIDDEN.',
    authScopes: { authenticated: true },
    resolve: async (user, _args, context) => {
      assertMayViewProgress(context, user.id);
      return levelFor(await experiencePointsOf(context).load(user.id));
    },
  }),
}));
