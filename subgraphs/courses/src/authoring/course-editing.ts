// What every authoring change does first: lock the course row, check who is asking, and check the
// course is in a state that accepts changes. Each function runs inside the caller's transaction.
import type { CourseStatus, Db } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { conflict, forbidden, notFound } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { ACCESS_FACTS_SELECT, canEditCourse, canSeeCourse, isAdmin } from '../access';

/** The signed-in viewer's id; UNAUTHENTICATED for anonymous requests. */
export { signedInViewerId as signedInId } from '../../../kit/src/signed-in';

/** A course as authoring checks see it. */
export interface CourseForEditing {
  id: string;
  ownerId: string;
  status: CourseStatus;
  version: number;
  publishedAt: Date | null;
  submittedAt: Date | null;
  instructors: { userId: string }[];
}

const EDITING_SELECT = {
  ...ACCESS_FACTS_SELECT,
  version: true,
  publishedAt: true,
  submittedAt: true,
} as const;

/**
 * Takes the course row's lock until the transaction ends, so changes to one course (positions,
 * status, review) happen one at a time. A missing course locks nothing; the access check reports it.
 */
async function lockCourse(tx: Db, courseId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM courses.course WHERE id = ${courseId}::uuid FOR UPDATE`;
}

/**
 * Locks and loads a course the viewer may author: NOT_FOUND (naming `what`) when it does not exist or
 * the viewer cannot see it, FORBIDDEN when they see it but do not edit it.
 */
export async function lockCourseForEditor(tx: Db, viewer: Viewer, courseId: string, what = 'That course'): Promise<CourseForEditing> {
  await lockCourse(tx, courseId);
  const course = await tx.course.findUnique({ where: { id: courseId }, select: EDITING_SELECT });
  if (course === null || !canSeeCourse(viewer, course)) throw notFound(what);
  if (!canEditCourse(viewer, course)) throw forbidden('Only the course’s instructors and admins can change it.');
  return course;
}

/** Like `lockCourseForEditor`, for changes only the owner or an admin may make (co-instructors get FORBIDDEN). */
export async function lockCourseForOwner(tx: Db, viewer: Viewer, courseId: string, action: string): Promise<CourseForEditing> {
  await lockCourse(tx, courseId);
  const course = await tx.course.findUnique({ where: { id: courseId }, select: EDITING_SELECT });
  if (course === null || !canSeeCourse(viewer, course)) throw notFound('That course');
  const isOwner = viewer.kind === 'user' && viewer.id === course.ownerId;
  if (!isOwner && !isAdmin(viewer)) throw forbidden(`Only the course’s owner or an admin can ${action}.`);
  return course;
}

/**
 * Content and catalog facts change freely in drafts and, live, in published courses. A course waiting
 * for review is frozen so the reviewer judges what was submitted; an archived course is closed.
 */
export function assertAcceptsChanges(course: Pick<CourseForEditing, 'status'>): void {
  if (course.status === 'in_review') {
    throw conflict('This course is waiting for review. It can be changed again once an admin approves or rejects it.');
  }
  if (course.status === 'archived') throw conflict('This course is archived and can no longer be changed.');
}

/** Locks a course for an editor and checks it accepts changes: the start of every content change. */
export async function openCourseForChanges(tx: Db, viewer: Viewer, courseId: string, what = 'That course'): Promise<CourseForEditing> {
  const course = await lockCourseForEditor(tx, viewer, courseId, what);
  assertAcceptsChanges(course);
  return course;
}

/** Students may have progress in anything a course has ever published; such rows are archived, never deleted. */
export function hasBeenPublished(course: Pick<CourseForEditing, 'publishedAt' | 'version'>): boolean {
  return course.publishedAt !== null || course.version > 0;
}

export type ItemKind = 'lecture' | 'reading' | 'assignment' | 'quiz';

const ITEM_LABELS: Record<ItemKind, string> = {
  lecture: 'That lecture',
  reading: 'That reading',
  assignment: 'That assignment',
  quiz: 'That quiz',
};

async function findItemLocation(tx: Db, kind: ItemKind, id: string): Promise<{ courseId: string; moduleId: string } | null> {
  const where = { id, archivedAt: null };
  const select = { courseId: true, moduleId: true } as const;
  switch (kind) {
    case 'lecture':
      return tx.lecture.findFirst({ where, select });
    case 'reading':
      return tx.reading.findFirst({ where, select });
    case 'assignment':
      return tx.assignment.findFirst({ where, select });
    case 'quiz':
      return tx.quiz.findFirst({ where, select });
  }
}

/**
 * Finds a current (not archived) item and opens its course for changes. The item is looked up again
 * after the lock, so one removed meanwhile is reported as NOT_FOUND rather than half-changed.
 */
export async function openItemForChanges(
  tx: Db,
  viewer: Viewer,
  kind: ItemKind,
  id: string,
): Promise<{ course: CourseForEditing; courseId: string; moduleId: string }> {
  const what = ITEM_LABELS[kind];
  const location = await findItemLocation(tx, kind, id);
  if (location === null) throw notFound(what);
  const course = await openCourseForChanges(tx, viewer, location.courseId, what);
  const current = await findItemLocation(tx, kind, id);
  if (current === null) throw notFound(what);
  return { course, ...current };
}

/** Finds a current module and opens its course for changes. */
export async function openModuleForChanges(tx: Db, viewer: Viewer, moduleId: string): Promise<{ course: CourseForEditing; courseId: string }> {
  const located = await tx.module.findFirst({ where: { id: moduleId, archivedAt: null }, select: { courseId: true } });
  if (located === null) throw notFound('That module');
  const course = await openCourseForChanges(tx, viewer, located.courseId, 'That module');
  const current = await tx.module.findFirst({ where: { id: moduleId, archivedAt: null }, select: { courseId: true } });
  if (current === null) throw notFound('That module');
  return { course, courseId: current.courseId };
}

/** The position after the last module of a course (archived ones included, so nothing ties). */
export async function nextModulePosition(tx: Db, courseId: string): Promise<number> {
  const { _max } = await tx.module.aggregate({ where: { courseId }, _max: { position: true } });
  return (_max.position ?? -1) + 1;
}

/** The position after the last item of `kind` in a module: new items go last. */
export async function nextItemPosition(tx: Db, kind: ItemKind, moduleId: string): Promise<number> {
  const where = { moduleId };
  const _max = { position: true } as const;
  switch (kind) {
    case 'lecture':
      return ((await tx.lecture.aggregate({ where, _max }))._max.position ?? -1) + 1;
    case 'reading':
      return ((await tx.reading.aggregate({ where, _max }))._max.position ?? -1) + 1;
    case 'assignment':
      return ((await tx.assignment.aggregate({ where, _max }))._max.position ?? -1) + 1;
    case 'quiz':
      return ((await tx.quiz.aggregate({ where, _max }))._max.position ?? -1) + 1;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
