// Everything the spiritual domain holds that a person wrote or owns, for their own export. Only rows
// keyed to the person are read: partners' and community entries never leave through this path.
import type { Db } from '../../../kit/src/db';

export async function exportSpiritualData(db: Db, userId: string) {
  // One after another: `db` may be a single-connection client.
  const devotionCompletions = await db.devotionCompletion.findMany({
    where: { userId },
    select: { devotionId: true, localDate: true, timezone: true, notes: true, completedAt: true },
    orderBy: { completedAt: 'asc' },
  });
  const prayerEntries = await db.prayerEntry.findMany({ where: { authorId: userId }, orderBy: { createdAt: 'asc' } });
  const prayerCategories = await db.prayerCategory.findMany({ where: { ownerId: userId }, select: { id: true, name: true, createdAt: true } });
  const prayedFor = await db.prayerPrayed.findMany({ where: { userId }, select: { entryId: true, localDate: true, createdAt: true } });
  const prayerPartnerships = await db.prayerPartnership.findMany({ where: { OR: [{ inviterId: userId }, { inviteeId: userId }] } });
  const readingPlans = await db.readingPlanParticipant.findMany({ where: { userId }, select: { planId: true, groupId: true, startDate: true, timezone: true, joinedAt: true } });
  const readingPlanDaysCompleted = await db.readingPlanDayCompletion.findMany({ where: { userId }, select: { dayId: true, completedAt: true } });
  const memoryCards = await db.memoryCard.findMany({ where: { userId }, include: { reviews: { orderBy: { reviewedAt: 'asc' } } } });
  const milestones = await db.spiritualMilestone.findMany({ where: { userId }, select: { kind: true, reachedAt: true } });
  return {
    devotionCompletions,
    prayerEntries,
    prayerCategories,
    prayedFor,
    prayerPartnerships,
    readingPlans,
    readingPlanDaysCompleted,
    memoryCards,
    milestones,
  };
}
