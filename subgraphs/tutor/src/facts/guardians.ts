// Confirmed parent → child links, mirrored from users' ParentLinkConfirmed events: a linked parent sees
// the flags raised on their child's tutor conversations.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { factHandler } from './fact-handler';

export const PARENT_LINK_HANDLER = 'mirror-guardian-link';

export const parentLinkConfirmedSchema = z.object({ parentId: z.uuid(), childId: z.uuid() });
export type ParentLinkConfirmed = z.infer<typeof parentLinkConfirmedSchema>;

export async function recordGuardianLink(tx: Db, link: ParentLinkConfirmed): Promise<void> {
  await tx.tutorGuardianLink.createMany({ data: [{ parentId: link.parentId, childId: link.childId }], skipDuplicates: true });
}

export const handleParentLinkConfirmed = factHandler(PARENT_LINK_HANDLER, parentLinkConfirmedSchema, recordGuardianLink);
