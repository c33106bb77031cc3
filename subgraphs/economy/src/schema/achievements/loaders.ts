// Per-request DataLoaders of the achievements area: however many people or definitions a response
// lists, each hop is one SQL statement.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { AchievementDefinition, UserAchievement } from '../../../../kit/src/db';
import { isUuid } from '../../../../kit/src/uuid';

export type UnlockedAchievement = UserAchievement & { achievement: AchievementDefinition };

/** Each person's unlocked achievements (with their definitions), newest first. */
export const unlockedAchievementsOf = (context: SubgraphContext) =>
  context.loader('achievements.unlockedOf', () =>
    new DataLoader<string, UnlockedAchievement[]>(async (userIds) => {
      const wanted = userIds.filter(isUuid);
      const rows = wanted.length === 0
        ? []
        : await context.prisma.userAchievement.findMany({
            where: { userId: { in: wanted } },
            include: { achievement: true },
            orderBy: [{ unlockedAt: 'desc' }, { achievementId: 'asc' }],
          });
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
  );

/** Each person's XP total (0 before they earn any). */
export const experiencePointsOf = (context: SubgraphContext) =>
  context.loader('achievements.experiencePointsOf', () =>
    new DataLoader<string, number>(async (userIds) => {
      const wanted = userIds.filter(isUuid);
      const rows = wanted.length === 0 ? [] : await context.prisma.userXp.findMany({ where: { userId: { in: wanted } } });
      const byUser = new Map(rows.map((row) => [row.userId, row.xp]));
      return userIds.map((id) => byUser.get(id) ?? 0);
    }),
  );
