// Recording what a student watched and read. Each recording runs in one transaction that locks the
// enrollment, checks the item is open, writes the progress and evaluates completion.
import type { Db, LectureProgress, PrismaClient, ReadingView } from '../../../kit/src/db';
import { forbidden, notFound } from '../../../kit/src/errors';
import type { DomainOutbox } from '../../../kit/src/events';
import { evaluateCompletion, type CompletionOutcome } from './completion';
import { lockEnrollment } from './enrollment-lock';
import { assertItemOpen } from './module-access';
import { nextLectureProgress } from './requirements';

export interface LectureProgressInput {
  userId: string;
  lectureId: string;
  /** Where playback is, in seconds; clamped to the lecture's length. */
  positionSeconds: number;
  /** The player reached the end (or the student marked it done). */
  completed: boolean;
  now?: Date;
}

/**
 * Students with an active enrollment record progress; a completed enrollment may keep rewatching (no
 * effect on completion). Without an enrollment: NOT_FOUND when the course is not public, else FORBIDDEN.
 */
async function requireEnrollment(tx: Db, input: { userId: string; courseId: string; courseStatus: string; what: string }): Promise<void> {
  const enrollment = await lockEnrollment(tx, input);
  if (enrollment !== null && enrollment.status !== 'dropped') return;
  if (input.courseStatus === 'draft' || input.courseStatus === 'in_review') throw notFound(input.what);
  throw forbidden(
    enrollment === null
      ? 'Enroll in this course to record your progress.'
      : 'You dropped this course. Enroll again to record your progress.',
  );
}

export async function recordLectureProgress(
  prisma: PrismaClient,
  events: DomainOutbox,
  input: LectureProgressInput,
): Promise<{ progress: LectureProgress; completion: CompletionOutcome }> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const lecture = await tx.lecture.findUnique({
      where: { id: input.lectureId },
      select: { id: true, courseId: true, moduleId: true, durationSeconds: true, archivedAt: true, module: { select: { archivedAt: true } }, course: { select: { status: true } } },
    });
    if (lecture === null || lecture.archivedAt !== null || lecture.module.archivedAt !== null) throw notFound('That lecture');
    await requireEnrollment(tx, { userId: input.userId, courseId: lecture.courseId, courseStatus: lecture.course.status, what: 'That lecture' });
    await assertItemOpen(tx, { userId: input.userId, moduleId: lecture.moduleId, item: { kind: 'lecture', id: lecture.id }, now });

    const key = { userId_lectureId: { userId: input.userId, lectureId: lecture.id } };
    const previous = await tx.lectureProgress.findUnique({ where: key });
    const next = nextLectureProgress(previous, lecture.durationSeconds, input, now);
    const progress = previous
      ? await tx.lectureProgress.update({ where: key, data: next })
      : await tx.lectureProgress.create({ data: { userId: input.userId, lectureId: lecture.id, courseId: lecture.courseId, ...next } });
    const completion = await evaluateCompletion(tx, { userId: input.userId, courseId: lecture.courseId, events, now });
    return { progress, completion };
  });
}

export async function markReadingViewed(
  prisma: PrismaClient,
  events: DomainOutbox,
  input: { userId: string; readingId: string; now?: Date },
): Promise<{ view: ReadingView; completion: CompletionOutcome }> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const reading = await tx.reading.findUnique({
      where: { id: input.readingId },
      select: { id: true, courseId: true, moduleId: true, archivedAt: true, module: { select: { archivedAt: true } }, course: { select: { status: true } } },
    });
    if (reading === null || reading.archivedAt !== null || reading.module.archivedAt !== null) throw notFound('That reading');
    await requireEnrollment(tx, { userId: input.userId, courseId: reading.courseId, courseStatus: reading.course.status, what: 'That reading' });
    await assertItemOpen(tx, { userId: input.userId, moduleId: reading.moduleId, item: { kind: 'reading', id: reading.id }, now });

    const key = { userId_readingId: { userId: input.userId, readingId: reading.id } };
    // The first view is the one that counts; viewing again keeps its time.
    const view =
      (await tx.readingView.findUnique({ where: key })) ??
      (await tx.readingView.create({ data: { userId: input.userId, readingId: reading.id, courseId: reading.courseId, viewedAt: now } }));
    const completion = await evaluateCompletion(tx, { userId: input.userId, courseId: reading.courseId, events, now });
    return { view, completion };
  });
}
