// What a published course teaches, as one event: `CourseContentPublished` carries the current lectures'
// transcripts and readings' text, so the tutor domain can ground its answers in the course without
// reading courses' tables. Emitted in the transaction that publishes a version, so the snapshot is
// exactly what that version holds.
import type { Db } from '../../../kit/src/db';
import type { DomainOutbox } from '../../../kit/src/events';
import { captionCueText, preferredCaptionTrack } from './caption-text';

/** A current lecture of a published course. */
export interface PublishedLecture {
  id: string;
  title: string;
  moduleTitle: string;
  /** 0-based order of the lecture in the course: modules in order, then lectures in order. */
  position: number;
  /**
   * The lecture's transcript; when it has none, the cue text of its English (or else first) caption
   * track, so a lecture that is only captioned can still be searched. Empty when it has neither.
   */
  transcript: string;
}

/** A current reading of a published course. */
export interface PublishedReading {
  id: string;
  title: string;
  moduleTitle: string;
  /** Markdown. */
  body: string;
}

/**
 * Payload of `CourseContentPublished`, emitted with `CoursePublished` each time an admin approves a
 * version (and by the demo seed for the courses it publishes). Archived modules, lectures and readings
 * are left out.
 */
export interface CourseContentPublished {
  courseId: string;
  version: number;
  title: string;
  facultyId: string | null;
  /** The owner first, then the co-instructors in teaching order. */
  instructorIds: string[];
  /** ISO-8601. */
  publishedAt: string;
  lectures: PublishedLecture[];
  readings: PublishedReading[];
}

export const COURSE_CONTENT_PUBLISHED = 'CourseContentPublished';

/** The owner and then the co-instructors, each once. */
export function teachingTeam(ownerId: string, coInstructorIds: readonly string[]): string[] {
  return [...new Set([ownerId, ...coInstructorIds])];
}

/**
 * Reads the published state of a course into a `CourseContentPublished` payload. Call it inside the
 * transaction that publishes, after `version` and `publishedAt` are set; throws when the course is
 * missing or has never been published.
 */
export async function courseContentSnapshot(db: Db, courseId: string): Promise<CourseContentPublished> {
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true,
      title: true,
      facultyId: true,
      version: true,
      publishedAt: true,
      ownerId: true,
      instructors: { orderBy: { position: 'asc' }, select: { userId: true } },
      modules: {
        where: { archivedAt: null },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: {
          title: true,
          lectures: {
            where: { archivedAt: null },
            orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
            select: { id: true, title: true, transcript: true },
          },
          readings: {
            where: { archivedAt: null },
            orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
            select: { id: true, title: true, body: true },
          },
        },
      },
    },
  });
  if (course.publishedAt === null) throw new Error(`Course ${courseId} has not been published; there is no content to announce.`);

  const uncaptioned = course.modules.flatMap((module) => module.lectures).filter((lecture) => lecture.transcript.trim() === '');
  // Caption files can be large; only the lectures that need them as their text have them read.
  const tracks =
    uncaptioned.length === 0
      ? []
      : await db.lectureCaption.findMany({ where: { lectureId: { in: uncaptioned.map((lecture) => lecture.id) } }, select: { lectureId: true, language: true, vtt: true } });
  const captionTextOf = new Map<string, string>();
  for (const lecture of uncaptioned) {
    const track = preferredCaptionTrack(tracks.filter((candidate) => candidate.lectureId === lecture.id));
    if (track !== null) captionTextOf.set(lecture.id, captionCueText(track.vtt));
  }

  const lectures = course.modules.flatMap((module) =>
    module.lectures.map((lecture) => ({
      id: lecture.id,
      title: lecture.title,
      moduleTitle: module.title,
      transcript: lecture.transcript.trim() === '' ? (captionTextOf.get(lecture.id) ?? '') : lecture.transcript,
    })),
  );
  return {
    courseId: course.id,
    version: course.version,
    title: course.title,
    facultyId: course.facultyId,
    instructorIds: teachingTeam(
      course.ownerId,
      course.instructors.map((instructor) => instructor.userId),
    ),
    publishedAt: course.publishedAt.toISOString(),
    lectures: lectures.map((lecture, position) => ({ ...lecture, position })),
    readings: course.modules.flatMap((module) =>
      module.readings.map((reading) => ({ id: reading.id, title: reading.title, moduleTitle: module.title, body: reading.body })),
    ),
  };
}

/** Writes `CourseContentPublished` for the course to the courses outbox, in the caller's transaction. */
export async function announceCourseContent(tx: Db, outbox: DomainOutbox, courseId: string): Promise<CourseContentPublished> {
  const payload = await courseContentSnapshot(tx, courseId);
  await outbox.emit(tx, COURSE_CONTENT_PUBLISHED, payload);
  return payload;
}
