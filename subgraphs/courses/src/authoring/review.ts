// Review and publication. A draft goes to review and an admin approves (published) or rejects it
// (back to draft, with a note). A published course stays published and live while its editors improve
// it; submitting it again asks an admin to approve the revision, and only an approval moves `version`.
// `submittedAt` is set exactly while a submission waits for a decision.
import type { CourseStatus, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, forbidden } from '../../../kit/src/errors';
import type { DomainOutbox } from '../../../kit/src/events';
import type { Viewer } from '../../../kit/src/viewer';
import { isAdmin } from '../access';
import { announceCourseContent } from './content-snapshot';
import { lockCourseForEditor, lockCourseForOwner, type CourseForEditing } from './course-editing';
import { MIN_REJECTION_REASON } from './rules';

export type ReviewDecision = 'approve' | 'reject';

/** What the review checklist looks at. */
export interface ReviewReadiness {
  summary: string;
  /** Current items (lectures, readings, assignments, quizzes) per current module. */
  itemsPerModule: number[];
}

/** The things a course still lacks before it can be reviewed; empty when it is ready. */
export function missingForReview(course: ReviewReadiness): string[] {
  const missing: string[] = [];
  if (course.summary.trim().length === 0) missing.push('a summary');
  if (!course.itemsPerModule.some((count) => count > 0)) missing.push('a module with at least one lecture, reading, assignment or quiz');
  return missing;
}

function awaitsDecision(course: Pick<CourseForEditing, 'status' | 'submittedAt'>): boolean {
  return course.status === 'in_review' || (course.status === 'published' && course.submittedAt !== null);
}

/** Submits a draft, or a revision of a published course, for review; clears the last review note. */
export async function submitCourseForReview(prisma: PrismaClient, viewer: Viewer, courseId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const course = await lockCourseForEditor(tx, viewer, courseId);
    if (awaitsDecision(course)) throw conflict('This course is already waiting for review.');
    if (course.status === 'archived') throw conflict('This course is archived; archived courses cannot be submitted for review.');
    const readiness = await tx.course.findUniqueOrThrow({
      where: { id: courseId },
      select: {
        summary: true,
        modules: {
          where: { archivedAt: null },
          select: {
            _count: {
              select: {
                lectures: { where: { archivedAt: null } },
                readings: { where: { archivedAt: null } },
                assignments: { where: { archivedAt: null } },
                quizzes: { where: { archivedAt: null } },
              },
            },
          },
        },
      },
    });
    const missing = missingForReview({
      summary: readiness.summary,
      itemsPerModule: readiness.modules.map(({ _count }) => _count.lectures + _count.readings + _count.assignments + _count.quizzes),
    });
    if (missing.length > 0) throw badInput(`Before review the course needs ${missing.join(' and ')}.`, 'courseId');
    const status: CourseStatus = course.status === 'draft' ? 'in_review' : course.status;
    await tx.course.update({ where: { id: courseId }, data: { status, submittedAt: new Date(), reviewNote: null } });
  });
}

export interface ReviewInput {
  courseId: string;
  decision: ReviewDecision;
  /** Shown to the course's editors; required (at least 10 characters) to reject. */
  reason?: string | null;
  /** The courses outbox (`context.events`). */
  events: DomainOutbox;
}

/**
 * An admin's decision on a submission. Approving publishes: `version + 1` and `publishedAt`, a
 * CoursePublished event and a CourseContentPublished snapshot of what the version teaches (for the
 * tutor domain). Rejecting sends a draft back to draft with the reason as its review note; a rejected
 * revision of a published course leaves it published (students keep what they have).
 */
export async function reviewCourse(prisma: PrismaClient, viewer: Viewer, input: ReviewInput): Promise<void> {
  if (!isAdmin(viewer)) throw forbidden('Only admins review courses.');
  const reason = input.reason?.trim() ?? '';
  if (input.decision === 'reject' && reason.length < MIN_REJECTION_REASON) {
    throw badInput(`Tell the instructors why in at least ${MIN_REJECTION_REASON} characters, so they know what to change.`, 'reason');
  }
  await prisma.$transaction(async (tx) => {
    const course = await lockCourseForEditor(tx, viewer, input.courseId);
    if (!awaitsDecision(course)) throw conflict('This course is not waiting for review; only submitted courses can be approved or rejected.');
    if (input.decision === 'reject') {
      await tx.course.update({
        where: { id: input.courseId },
        data: { status: course.status === 'in_review' ? 'draft' : course.status, reviewNote: reason, submittedAt: null },
      });
      return;
    }
    const publishedAt = new Date();
    const published = await tx.course.update({
      where: { id: input.courseId },
      data: { status: 'published', version: { increment: 1 }, publishedAt, submittedAt: null, reviewNote: null },
      select: { version: true },
    });
    await input.events.emit(tx, 'CoursePublished', { courseId: input.courseId, version: published.version, publishedAt: publishedAt.toISOString() });
    await announceCourseContent(tx, input.events, input.courseId);
  });
}

/**
 * Closes a published course: enrolled students keep seeing it, nobody new can enrol, nothing changes
 * any more. Only its owner or an admin may archive it.
 */
export async function archiveCourse(prisma: PrismaClient, viewer: Viewer, courseId: string, events: DomainOutbox): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const course = await lockCourseForOwner(tx, viewer, courseId, 'archive it');
    if (course.status !== 'published') {
      throw conflict(
        course.status === 'archived' ? 'This course is archived already.' : 'Only published courses can be archived; a draft can simply stay unpublished.',
      );
    }
    const archivedAt = new Date();
    await tx.course.update({ where: { id: courseId }, data: { status: 'archived', archivedAt, submittedAt: null } });
    await events.emit(tx, 'CourseArchived', { courseId, archivedAt: archivedAt.toISOString() });
  });
}
