// Confirmed parent → child links, mirrored from users' ParentLinkConfirmed events so growth visibility
// is decided inside this domain.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';

export const parentLinkConfirmedSchema = z.object({ parentId: z.uuid(), childId: z.uuid() });
export type ParentLinkConfirmed = z.infer<typeof parentLinkConfirmedSchema>;

export async function recordGuardianLink(tx: Db, link: ParentLinkConfirmed): Promise<void> {
  await tx.spiritualGuardianLink.createMany({ data: [{ parentId: link.parentId, childId: link.childId }], skipDuplicates: true });
}

export const userDeletedSchema = z.object({ userId: z.uuid() });

/** A deleted person is nobody's parent or child any more. */
export async function forgetGuardianLinksOf(tx: Db, deleted: z.infer<typeof userDeletedSchema>): Promise<void> {
  await tx.spiritualGuardianLink.deleteMany({ where: { OR: [{ parentId: deleted.userId }, { childId: deleted.userId }] } });
}
