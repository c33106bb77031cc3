// Per-request DataLoaders of the devotions area: however many devotions or plan followers a response
// lists, each hop is a fixed number of SQL statements.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { DevotionCompletion, ReadingPlanParticipant } from '../../../../kit/src/db';
import { dayInZone, dayOfDateColumn } from '../../../../kit/src/zoned-time';
import { readingPlanProgress, type ReadingPlanProgress } from '../../devotions/reading-plans';
import { groupBy } from '../../../../kit/src/group-by';


/** The viewer's own completion of each devotion, by devotion id. */
export const myCompletionOfDevotion = (context: SubgraphContext, userId: string) =>
  context.loader(`devotions.myCompletion:${userId}`, () =>
    new DataLoader<string, DevotionCompletion | null>(async (devotionIds) => {
      const rows = await context.prisma.devotionCompletion.findMany({ where: { userId, devotionId: { in: [...devotionIds] } } });
      const byDevotion = new Map(rows.map((row) => [row.devotionId, row]));
      return devotionIds.map((id) => byDevotion.get(id) ?? null);
    }),
  );

/** The viewer's own participation in each plan, by plan id. */
export const myParticipationInPlan = (context: SubgraphContext, userId: string) =>
  context.loader(`devotions.myParticipation:${userId}`, () =>
    new DataLoader<string, ReadingPlanParticipant | null>(async (planIds) => {
      const rows = await context.prisma.readingPlanParticipant.findMany({ where: { userId, planId: { in: [...planIds] } } });
      const byPlan = new Map(rows.map((row) => [row.planId, row]));
      return planIds.map((id) => byPlan.get(id) ?? null);
    }),
  );

/** The reading groups the viewer belongs to; memoised for the request (authorization asks per row). */
export const readingGroupsOf = (context: SubgraphContext, userId: string): Promise<Set<string>> =>
  context.loader(`devotions.readingGroups:${userId}`, async () => {
    const rows = await context.prisma.readingPlanParticipant.findMany({ where: { userId, groupId: { not: null } }, select: { groupId: true } });
    return new Set(rows.flatMap((row) => (row.groupId ? [row.groupId] : [])));
  });

/** Everyone in each reading group, by group id, in the order they joined. */
export const membersOfReadingGroup = (context: SubgraphContext) =>
  context.loader('devotions.groupMembers', () =>
    new DataLoader<string, ReadingPlanParticipant[]>(async (groupIds) => {
      const rows = await context.prisma.readingPlanParticipant.findMany({ where: { groupId: { in: [...groupIds] } }, orderBy: { joinedAt: 'asc' } });
      const byGroup = groupBy(rows, (row) => row.groupId ?? '');
      return groupIds.map((id) => byGroup.get(id) ?? []);
    }),
  );

/** Each follower's progress through their plan, as of today in their own timezone. */
export const progressOfParticipant = (context: SubgraphContext) =>
  context.loader('devotions.participantProgress', () =>
    new DataLoader<ReadingPlanParticipant, ReadingPlanProgress, string>(
      async (participants) => {
        const planIds = [...new Set(participants.map((participant) => participant.planId))];
        const userIds = [...new Set(participants.map((participant) => participant.userId))];
        const [days, completions] = await Promise.all([
          context.prisma.readingPlanDay.findMany({ where: { planId: { in: planIds } }, select: { planId: true, dayNumber: true, references: true } }),
          context.prisma.readingPlanDayCompletion.findMany({
            where: { userId: { in: userIds }, day: { planId: { in: planIds } } },
            select: { userId: true, day: { select: { planId: true, dayNumber: true } } },
          }),
        ]);
        const daysByPlan = groupBy(days, (day) => day.planId);
        const doneByFollower = groupBy(completions, (completion) => `${completion.day.planId}:${completion.userId}`);
        const now = new Date();
        return participants.map((participant) =>
          readingPlanProgress(
            daysByPlan.get(participant.planId) ?? [],
            new Set((doneByFollower.get(`${participant.planId}:${participant.userId}`) ?? []).map((completion) => completion.day.dayNumber)),
            dayOfDateColumn(participant.startDate),
            dayInZone(now, participant.timezone),
          ),
        );
      },
      { cacheKeyFn: (participant) => participant.id },
    ),
  );
