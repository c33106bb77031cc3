// Confirmed parent → child links, mirrored from the users domain so grade visibility is decided here.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';

export const parentLinkConfirmedSchema = z.object({ parentId: z.uuid(), childId: z.uuid() });
export type ParentLinkConfirmed = z.infer<typeof parentLinkConfirmedSchema>;

export const userDeletedSchema = z.object({ userId: z.uuid() });
export type UserDeleted = z.infer<typeof userDeletedSchema>;

export async function recordGuardianLink(tx: Db, link: ParentLinkConfirmed, now: Date = new Date()): Promise<void> {
  await tx.guardianLink.createMany({ data: [{ parentId: link.parentId, childId: link.childId, confirmedAt: now }], skipDuplicates: true });
}

/** A deleted account neither sees nor is seen through family links any more. */
export async function forgetGuardianLinks(tx: Db, deleted: UserDeleted): Promise<number> {
  const removed = await tx.guardianLink.deleteMany({ where: { OR: [{ parentId: deleted.userId }, { childId: deleted.userId }] } });
  return removed.count;
}
