// The tutor's own copy of a published course's material, mirrored from courses' events (the tutor never
// reads courses' tables). Each publication replaces the course's passages whole and re-indexes them for
// full-text search in the same transaction, so a question never sees half of an old and half of a new
// version.
//
// CourseArchived needs no handler: an archived course keeps its material, because students enrolled in
// it can still ask the tutor about it.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { chunkText } from './chunk-text';

export const courseContentPublishedSchema = z.object({
  courseId: z.uuid(),
  /** Grows with every publication; an older version arriving late is ignored. */
  version: z.number().int().nonnegative(),
  title: z.string(),
  facultyId: z.uuid().nullable(),
  instructorIds: z.array(z.uuid()),
  publishedAt: z.string(),
  lectures: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      moduleTitle: z.string(),
      position: z.number().int(),
      transcript: z.string(),
    }),
  ),
  readings: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      moduleTitle: z.string(),
      /** Markdown. */
      body: z.string(),
    }),
  ),
});
export type CourseContentPublished = z.infer<typeof courseContentPublishedSchema>;

export const courseInstructorsChangedSchema = z.object({
  courseId: z.uuid(),
  instructorIds: z.array(z.uuid()),
});
export type CourseInstructorsChanged = z.infer<typeof courseInstructorsChangedSchema>;

export type StoreCourseContentResult =
  | { stored: true; passages: number }
  /** A newer version is already stored; nothing changed. */
  | { stored: false; storedVersion: number };

/**
 * Mirrors one publication of a course: the course row and all its passages. Run it inside a
 * transaction (`tx`) so that replacing the passages is all-or-nothing.
 */
export async function storeCourseContent(tx: Db, content: CourseContentPublished): Promise<StoreCourseContentResult> {
  // One statement both upserts and refuses an older version; the row lock it takes also orders two
  // publications of the same course handled at the same time.
  const upserted = await tx.$queryRaw<{ course_id: string }[]>`
    INSERT INTO tutor.course (course_id, version, title, faculty_id, instructor_ids, updated_at)
    VALUES (${content.courseId}::uuid, ${content.version}, ${content.title}, ${content.facultyId}::uuid,
            ${[...new Set(content.instructorIds)]}::uuid[], now())
    ON CONFLICT (course_id) DO UPDATE SET
      version = EXCLUDED.version, title = EXCLUDED.title, faculty_id = EXCLUDED.faculty_id,
      instructor_ids = EXCLUDED.instructor_ids, updated_at = EXCLUDED.updated_at
    WHERE tutor.course.version <= EXCLUDED.version
    RETURNING course_id`;
  if (upserted.length === 0) {
    const current = await tx.tutorCourse.findUniqueOrThrow({ where: { courseId: content.courseId }, select: { version: true } });
    return { stored: false, storedVersion: current.version };
  }

  await tx.tutorPassage.deleteMany({ where: { courseId: content.courseId } });
  const passages = [
    ...[...content.lectures]
      .sort((a, b) => a.position - b.position)
      .flatMap((lecture) =>
        chunkText(lecture.transcript).map((chunk) => ({
          id: randomUUID(),
          courseId: content.courseId,
          lectureId: lecture.id,
          readingId: null,
          sourceTitle: lecture.title,
          moduleTitle: lecture.moduleTitle,
          position: chunk.position,
          text: chunk.text,
        })),
      ),
    ...content.readings.flatMap((reading) =>
      chunkText(reading.body, { format: 'markdown' }).map((chunk) => ({
        id: randomUUID(),
        courseId: content.courseId,
        lectureId: null,
        readingId: reading.id,
        sourceTitle: reading.title,
        moduleTitle: reading.moduleTitle,
        position: chunk.position,
        text: chunk.text,
      })),
    ),
  ];
  if (passages.length > 0) {
    await tx.tutorPassage.createMany({ data: passages });
    await indexCoursePassages(tx, content.courseId);
  }
  return { stored: true, passages: passages.length };
}

/**
 * Weights: the lecture's or reading's title B, its module's title C, the text D — a question naming
 * the lecture leans towards it, while the words of the text still decide between its passages.
 */
async function indexCoursePassages(tx: Db, courseId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE tutor.passage SET search_vector =
      setweight(to_tsvector('english', source_title), 'B') ||
      setweight(to_tsvector('english', module_title), 'C') ||
      setweight(to_tsvector('english', text), 'D')
    WHERE course_id = ${courseId}::uuid`;
}

/**
 * Records who teaches a course now (they see their students' flagged tutor messages). A course the
 * tutor has not seen published yet is skipped: its publication carries the instructors too.
 */
export async function storeCourseInstructors(tx: Db, change: CourseInstructorsChanged): Promise<boolean> {
  const updated = await tx.tutorCourse.updateMany({
    where: { courseId: change.courseId },
    data: { instructorIds: [...new Set(change.instructorIds)] },
  });
  return updated.count > 0;
}
