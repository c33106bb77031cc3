// Creating a course and changing its catalog facts, prerequisites and teaching team.
import type { Db, Difficulty, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { ACCESS_FACTS_SELECT, canSeeCourse } from '../access';
import { refreshCourseSearch } from '../catalog/search-index';
import { SLUG_PATTERN } from '../slug-rule';
import { teachingTeam } from './content-snapshot';
import { isUniqueViolation, lockCourseForOwner, openCourseForChanges, signedInId } from './course-editing';
import { emitEvent } from '../../../kit/src/events';

/** Catalog facts of a course, already validated by the authoring rules. */
export interface CourseFacts {
  title: string;
  /** Derived from the title (and made unique) when left out. */
  slug?: string;
  summary?: string;
  /** Markdown. */
  description?: string;
  facultyId: string;
  /** @default beginner */
  difficulty?: Difficulty;
  /** Canonical BCP-47 tag. @default "en" */
  language?: string;
  subtitleLanguages?: string[];
  durationHours?: number;
  /** Normalised: lowercase, without repeats. */
  tags?: string[];
  /** @default true */
  isFree?: boolean;
  prerequisiteIds?: string[];
}

/** A partial change: every field left out keeps its value. */
export type CourseChanges = Partial<CourseFacts>;

const SLUG_MAX = 80;

/** A URL slug from a title: ASCII letters and digits in lowercase words joined by single hyphens. */
export function slugFromTitle(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX - 8)
    .replace(/-+$/g, '');
  if (base.length >= 3) return base;
  return base.length === 0 ? 'course' : `${base}-course`;
}

/** `base` when free, else the first of `base-2`, `base-3`, ... that no course uses. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function freeSlugFor(tx: Db, title: string): Promise<string> {
  const base = slugFromTitle(title);
  const rows = await tx.course.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const slug = firstFreeSlug(base, new Set(rows.map((row) => row.slug)));
  if (!SLUG_PATTERN.test(slug)) throw new Error(`Derived slug "${slug}" does not follow the slug rule.`);
  return slug;
}

async function assertFacultyExists(tx: Db, facultyId: string): Promise<void> {
  const faculty = await tx.faculty.findUnique({ where: { id: facultyId }, select: { id: true } });
  if (faculty === null) throw badInput('No faculty has that id. Pick one from the list of faculties.', 'input.facultyId');
}

/**
 * Prerequisites must be courses the author can see, never the course itself, and must not lead back
 * to it through their own prerequisites (a student could never enrol in either).
 */
async function assertValidPrerequisites(tx: Db, viewer: Viewer, courseId: string | null, prerequisiteIds: string[]): Promise<void> {
  if (prerequisiteIds.length === 0) return;
  const field = 'input.prerequisiteIds';
  if (courseId !== null && prerequisiteIds.includes(courseId)) throw badInput('A course cannot be its own prerequisite.', field);
  const found = await tx.course.findMany({ where: { id: { in: prerequisiteIds } }, select: { ...ACCESS_FACTS_SELECT, title: true } });
  const visible = new Map(found.filter((course) => canSeeCourse(viewer, course)).map((course) => [course.id, course]));
  const unknown = prerequisiteIds.filter((id) => !visible.has(id));
  if (unknown.length > 0) throw badInput(`No course has the id ${unknown.join(', ')}. Pick prerequisites from the catalog.`, field);
  if (courseId === null) return;
  // One author at a time changes prerequisite links, so two changes cannot close a loop between them.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('courses.course_prerequisite'))`;
  const loops = await tx.$queryRaw<{ start: string }[]>`
    WITH RECURSIVE required(start, id) AS (
      SELECT candidate, candidate FROM unnest(${prerequisiteIds}::uuid[]) AS candidate
      UNION
      SELECT required.start, link.required_course_id
        FROM courses.course_prerequisite AS link
        JOIN required ON link.course_id = required.id
    )
    SELECT DISTINCT start::text AS start FROM required WHERE id = ${courseId}::uuid`;
  if (loops.length > 0) {
    const titles = loops.map((loop) => `"${visible.get(loop.start)?.title ?? loop.start}"`).join(', ');
    throw badInput(`${titles} already requires this course (directly or through its prerequisites); requiring it back would make a loop.`, field);
  }
}

function catalogData(facts: CourseChanges) {
  return {
    title: facts.title,
    summary: facts.summary,
    description: facts.description,
    facultyId: facts.facultyId,
    difficulty: facts.difficulty,
    language: facts.language,
    subtitleLanguages: facts.subtitleLanguages,
    durationHours: facts.durationHours,
    tags: facts.tags,
    isFree: facts.isFree,
  };
}

const DERIVED_SLUG_ATTEMPTS = 3;

/** Creates a draft owned by the viewer; returns its id. */
export async function createCourse(prisma: PrismaClient, viewer: Viewer, facts: CourseFacts): Promise<string> {
  const ownerId = signedInId(viewer);
  // A derived slug can lose a race with another course taking it between the check and the insert;
  // trying again picks the next free one. An explicit slug that is taken is the author's to change.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.$transaction(async (tx) => {
        await assertFacultyExists(tx, facts.facultyId);
        const prerequisiteIds = facts.prerequisiteIds ?? [];
        await assertValidPrerequisites(tx, viewer, null, prerequisiteIds);
        const slug = facts.slug ?? (await freeSlugFor(tx, facts.title));
        const course = await tx.course.create({
          data: {
            ...catalogData(facts),
            title: facts.title,
            facultyId: facts.facultyId,
            slug,
            ownerId,
            status: 'draft',
            prerequisites: { create: prerequisiteIds.map((requiredCourseId) => ({ requiredCourseId })) },
          },
          select: { id: true },
        });
        await refreshCourseSearch(tx, course.id);
        // Community opens the course's channel on this event, so it exists before anyone enrolls.
        await emitEvent(tx, 'courses', 'CourseCreated', { courseId: course.id, ownerId, title: facts.title });
        return course.id;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (facts.slug !== undefined) throw conflict(`Another course already uses the slug "${facts.slug}". Choose another slug.`);
      if (attempt >= DERIVED_SLUG_ATTEMPTS) throw conflict('Could not find a free slug for this title. Send a slug of your own.');
    }
  }
}

/** Changes the given catalog facts of a course the viewer edits. */
export async function updateCourse(prisma: PrismaClient, viewer: Viewer, courseId: string, changes: CourseChanges): Promise<void> {
  try {
    await prisma.$transaction(async (tx) => {
      await openCourseForChanges(tx, viewer, courseId);
      if (changes.facultyId !== undefined) await assertFacultyExists(tx, changes.facultyId);
      if (changes.prerequisiteIds !== undefined) {
        await assertValidPrerequisites(tx, viewer, courseId, changes.prerequisiteIds);
        await tx.coursePrerequisite.deleteMany({ where: { courseId } });
        await tx.coursePrerequisite.createMany({ data: changes.prerequisiteIds.map((requiredCourseId) => ({ courseId, requiredCourseId })) });
      }
      await tx.course.update({ where: { id: courseId }, data: { ...catalogData(changes), slug: changes.slug } });
      if (changes.title !== undefined || changes.summary !== undefined || changes.description !== undefined) {
        await refreshCourseSearch(tx, courseId);
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`Another course already uses the slug "${changes.slug ?? ''}". Choose another slug.`);
    throw error;
  }
}

/**
 * Payload of `CourseInstructorsChanged`: who teaches the course now. Emitted when the set of its
 * instructors changes (not when only their order does), so other domains (the tutor, which shows
 * flagged conversations to a student's instructors) keep their copy of the team current.
 */
export interface CourseInstructorsChanged {
  courseId: string;
  /** The owner first, then the co-instructors in teaching order. */
  instructorIds: string[];
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const members = new Set(a);
  return members.size === new Set(b).size && b.every((id) => members.has(id));
}

/**
 * Replaces the co-instructors of a course with `userIds`, in that order (the owner always teaches it
 * and is not listed). Only the owner or an admin may change the teaching team.
 */
export async function setCourseInstructors(prisma: PrismaClient, viewer: Viewer, courseId: string, userIds: string[]): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const course = await lockCourseForOwner(tx, viewer, courseId, 'change who teaches it');
    if (userIds.includes(course.ownerId)) {
      throw badInput('The owner teaches the course already; list only the other instructors.', 'userIds');
    }
    await tx.courseInstructor.deleteMany({ where: { courseId } });
    await tx.courseInstructor.createMany({ data: userIds.map((userId, position) => ({ courseId, userId, position })) });
    if (sameMembers(course.instructors.map((instructor) => instructor.userId), userIds)) return;
    const changed: CourseInstructorsChanged = { courseId, instructorIds: teachingTeam(course.ownerId, userIds) };
    await emitEvent(tx, 'courses', 'CourseInstructorsChanged', changed);
  });
}
