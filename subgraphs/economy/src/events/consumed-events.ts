// The payloads of other domains' events economy consumes, as zod schemas: a handler parses before it
// acts, so a malformed event is dead-lettered instead of half-applied.
import { z } from 'zod';

/** courses: an enrollment was completed (finalGrade in percent, one decimal). */
export const courseCompletedSchema = z.object({
  enrollmentId: z.uuid(),
  userId: z.uuid(),
  courseId: z.uuid(),
  finalGrade: z.number().min(0).max(100),
  completedAt: z.string(),
  certificateCode: z.string().nullish(),
});
export type CourseCompleted = z.infer<typeof courseCompletedSchema>;

/** spiritual: a growth milestone was reached (each kind once per person). */
export const spiritualMilestoneReachedSchema = z.object({
  userId: z.uuid(),
  kind: z.string().min(1),
  reachedAt: z.string(),
});
export type SpiritualMilestoneReached = z.infer<typeof spiritualMilestoneReachedSchema>;

/** users: a person's account was deleted; their personal data goes with it. */
export const userDeletedSchema = z.object({ userId: z.uuid() });
export type UserDeleted = z.infer<typeof userDeletedSchema>;
