// The JSON text a badge's token URI serves: its stored metadata in canonical form, so the bytes served
// hash to exactly what ScrollBadge holds on chain (unless the stored metadata was altered).
import type { Db } from '../../../kit/src/db';
import { isUuid } from '../../../kit/src/uuid';
import { canonicalJson } from './badge-metadata';

/** The badge's metadata JSON text, or null when there is no such badge. */
export async function badgeMetadataJson(db: Db, badgeId: string): Promise<string | null> {
  if (!isUuid(badgeId)) return null;
  const badge = await db.scrollBadge.findUnique({ where: { id: badgeId }, select: { metadata: true } });
  return badge ? canonicalJson(badge.metadata) : null;
}
