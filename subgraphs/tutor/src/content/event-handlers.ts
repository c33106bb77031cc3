// Course material the tutor consumes from courses:
// - CourseContentPublished: the course's lectures and readings, stored as searchable passages.
// - CourseInstructorsChanged: who teaches the course now.
// (CourseArchived is not consumed: archived courses keep their material for their students.)
// Each handler records the event as processed in the same transaction as its effects (handleOnce), so a
// redelivered event changes nothing.
import type { PrismaClient } from '../../../kit/src/db';
import { handleOnce, type DomainEvent } from '../../../kit/src/events';
import {
  courseContentPublishedSchema,
  courseInstructorsChangedSchema,
  storeCourseContent,
  storeCourseInstructors,
} from './course-material';

export const STORE_COURSE_CONTENT_HANDLER = 'store-course-content';
export const STORE_COURSE_INSTRUCTORS_HANDLER = 'store-course-instructors';

// A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
function malformed(event: DomainEvent, message: string): Error {
  return new Error(`${event.type} ${event.id} has a malformed payload: ${message}`);
}

export async function handleCourseContentPublished(prisma: PrismaClient, event: DomainEvent): Promise<void> {
  const parsed = courseContentPublishedSchema.safeParse(event.payload);
  if (!parsed.success) throw malformed(event, parsed.error.message);
  // Indexing a long course takes a while; the default 5 s interactive-transaction limit is too tight.
  await prisma.$transaction(
    async (tx) => {
      if (!(await handleOnce(tx, 'tutor', STORE_COURSE_CONTENT_HANDLER, event.id))) return;
      await storeCourseContent(tx, parsed.data);
    },
    { timeout: 60_000 },
  );
}

export async function handleCourseInstructorsChanged(prisma: PrismaClient, event: DomainEvent): Promise<void> {
  const parsed = courseInstructorsChangedSchema.safeParse(event.payload);
  if (!parsed.success) throw malformed(event, parsed.error.message);
  await prisma.$transaction(async (tx) => {
    if (!(await handleOnce(tx, 'tutor', STORE_COURSE_INSTRUCTORS_HANDLER, event.id))) return;
    await storeCourseInstructors(tx, parsed.data);
  });
}
