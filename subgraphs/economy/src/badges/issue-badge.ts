// CourseCompleted → a ScrollBadge (one per person and course) with its metadata and hash, and a queued
// badge_mint anchor to the person's address; the anchoring worker mints it.
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Prisma } from '../../../kit/src/db';
import { economyEventHandler, type EconomyEventHandler } from '../chain/chain-event-handler';
import { allocateChainAddress } from '../chain/custodial-addresses';
import { badgeMetadataHash, buildBadgeMetadata } from './badge-metadata';

export const CourseCompletedSchema = z.object({
  enrollmentId: z.string(),
  userId: z.uuid(),
  courseId: z.uuid(),
  finalGrade: z.number().nullable().optional(),
  completedAt: z.string(),
  certificateCode: z.string().nullable().optional(),
  courseTitle: z.string().nullish(),
});

export type CourseCompleted = z.infer<typeof CourseCompletedSchema>;

export interface BadgeIssuing {
  custodyMnemonic: string;
  publicUrl: string;
}

/** Issues the badge inside `tx`; a second completion of the same course issues nothing. */
export async function issueCourseBadge(tx: Db, completed: CourseCompleted, issuing: BadgeIssuing): Promise<string | null> {
  const existing = await tx.scrollBadge.findUnique({ where: { userId_courseId: { userId: completed.userId, courseId: completed.courseId } }, select: { id: true } });
  if (existing) return null;
  const badgeId = randomUUID();
  const salt = randomBytes(16).toString('hex');
  const issuedAt = new Date(completed.completedAt);
  const metadata = buildBadgeMetadata({
    badgeId,
    userId: completed.userId,
    courseId: completed.courseId,
    finalGrade: completed.finalGrade ?? null,
    certificateCode: completed.certificateCode ?? null,
    courseTitle: completed.courseTitle ?? null,
    issuedAt,
    salt,
    publicUrl: issuing.publicUrl,
  });
  const address = await allocateChainAddress(tx, issuing.custodyMnemonic, completed.userId);
  await tx.scrollBadge.create({
    data: {
      id: badgeId,
      userId: completed.userId,
      courseId: completed.courseId,
      metadata: metadata as Prisma.InputJsonObject,
      metadataHash: badgeMetadataHash(metadata),
      recipientSalt: salt,
      certificateCode: completed.certificateCode ?? null,
      finalGrade: completed.finalGrade ?? null,
      issuedAt,
    },
  });
  await tx.chainAnchor.create({ data: { kind: 'badge_mint', badgeId, toAddress: address.address } });
  return badgeId;
}

export function issueCourseBadgeHandler(issuing: BadgeIssuing): EconomyEventHandler {
  return economyEventHandler('badges.issue-course-badge', CourseCompletedSchema, (tx, completed) => issueCourseBadge(tx, completed, issuing));
}
