// Who may read a prayer entry. Private entries are the author's alone; partner entries also reach the
// author's accepted prayer partners; community entries reach every signed-in person. Every read path
// (queries, search, `_entities`) filters with these two functions, so the rule lives in one place.
import type { Db, Prisma, PrayerEntry } from '../../../kit/src/db';

/** The people whose `partners` entries a viewer may read: everyone they have an accepted partnership with. */
export async function acceptedPartnerIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.prayerPartnership.findMany({
    where: { status: 'accepted', OR: [{ inviterId: userId }, { inviteeId: userId }] },
    select: { inviterId: true, inviteeId: true },
  });
  return rows.map((row) => (row.inviterId === userId ? row.inviteeId : row.inviterId));
}

/** A Prisma filter matching exactly the entries `viewerId` may read. */
export function readableEntriesWhere(viewerId: string, partnerIds: string[]): Prisma.PrayerEntryWhereInput {
  return {
    OR: [
      { authorId: viewerId },
      { visibility: 'community' },
      ...(partnerIds.length > 0 ? [{ visibility: 'partners' as const, authorId: { in: partnerIds } }] : []),
    ],
  };
}

/** The same rule as `readableEntriesWhere`, for one entry already loaded. Anonymous viewers read nothing. */
export function canReadEntry(viewerId: string | null, partnerIds: ReadonlySet<string>, entry: Pick<PrayerEntry, 'authorId' | 'visibility'>): boolean {
  if (viewerId === null) return false;
  if (entry.authorId === viewerId) return true;
  if (entry.visibility === 'community') return true;
  return entry.visibility === 'partners' && partnerIds.has(entry.authorId);
}
