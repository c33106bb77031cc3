// The Achievement type (a definition) and the list of active ones, each marked for the viewer.
import type { AchievementDefinition } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { unlockedAchievementsOf } from './loaders';

export const AchievementRarityEnum = builder.enumType('AchievementRarity', {
  values: ['common', 'uncommon', 'rare', 'epic', 'legendary'] as const,
});

export const AchievementType = builder.objectRef<AchievementDefinition>('Achievement').implement({
  description: 'Something a person can achieve on ScrollForge, with the XP and ScrollCoin it earns.',
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug', { description: 'Stable name, e.g. five-courses-completed.' }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { description: 'What it takes, in words.' }),
    rarity: t.field({ type: AchievementRarityEnum, resolve: (definition) => definition.rarity }),
    xp: t.exposeInt('xp', { description: 'Experience points it earns.' }),
    coinReward: t.exposeInt('coinReward', { description: 'ScrollCoin it earns.' }),
    unlocked: t.boolean({
      nullable: true,
      description: 'Whether you have unlocked it; null when signed out.',
      resolve: async (definition, _args, context) => {
        if (context.viewer.kind !== 'user') return null;
        const unlocked = await unlockedAchievementsOf(context).load(context.viewer.id);
        return unlocked.some((row) => row.achievementId === definition.id);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  achievements: t.field({
    type: [AchievementType],
    description: 'Every achievement on offer, by XP (smallest first), each marked unlocked or not for you.',
    resolve: (_root, _args, context) =>
      context.prisma.achievementDefinition.findMany({ where: { active: true }, orderBy: [{ xp: 'asc' }, { slug: 'asc' }] }),
  }),
}));
