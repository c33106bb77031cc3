// A course's discussion channel follows the courses domain: created with the course (its owner as
// owner), members added and removed as enrollments activate and drop. Events may arrive in any order,
// so whichever comes first creates the channel and CourseCreated later fills in its name and owner.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import type { PubSub } from '../../../kit/src/pubsub';
import { publishMembershipRemoved } from '../realtime/topics';

export const courseCreatedSchema = z.object({ courseId: z.uuid(), ownerId: z.uuid(), title: z.string() });
export const enrollmentActivatedSchema = z.object({ enrollmentId: z.uuid(), userId: z.uuid(), courseId: z.uuid() });
export const enrollmentDroppedSchema = enrollmentActivatedSchema.extend({ reason: z.string().optional() });

/** Name of a course channel created before its CourseCreated event arrived. */
export const PROVISIONAL_COURSE_CHANNEL_NAME = 'Course discussion';

async function ensureCourseChannel(tx: Db, courseId: string, createdById: string) {
  return tx.channel.upsert({
    where: { courseId },
    create: { kind: 'course', courseId, name: PROVISIONAL_COURSE_CHANNEL_NAME, createdById },
    update: {},
  });
}

export async function createCourseChannel(tx: Db, payload: z.infer<typeof courseCreatedSchema>): Promise<void> {
  const name = payload.title.trim().slice(0, 80) || PROVISIONAL_COURSE_CHANNEL_NAME;
  const channel = await tx.channel.upsert({
    where: { courseId: payload.courseId },
    create: { kind: 'course', courseId: payload.courseId, name, createdById: payload.ownerId },
    update: { name, createdById: payload.ownerId },
  });
  await tx.channelMember.upsert({
    where: { channelId_userId: { channelId: channel.id, userId: payload.ownerId } },
    create: { channelId: channel.id, userId: payload.ownerId, role: 'owner' },
    update: { role: 'owner' },
  });
}

export async function addCourseChannelMember(tx: Db, payload: z.infer<typeof enrollmentActivatedSchema>): Promise<void> {
  const channel = await ensureCourseChannel(tx, payload.courseId, payload.userId);
  await tx.channelMember.createMany({ data: [{ channelId: channel.id, userId: payload.userId, role: 'member' }], skipDuplicates: true });
}

/**
 * Owners stay: the course's owner enrolled in their own course keeps their channel. When a member was
 * removed, returns the announcement that ends their live streams of the channel.
 */
export async function removeCourseChannelMember(
  tx: Db,
  payload: z.infer<typeof enrollmentDroppedSchema>,
): Promise<((pubsub: PubSub) => Promise<void>) | undefined> {
  const channel = await tx.channel.findUnique({ where: { courseId: payload.courseId } });
  if (channel === null) return undefined;
  const removed = await tx.channelMember.deleteMany({ where: { channelId: channel.id, userId: payload.userId, role: { not: 'owner' } } });
  if (removed.count === 0) return undefined;
  return (pubsub) => publishMembershipRemoved(pubsub, channel.id, payload.userId);
}
