// Modules of a course: adding, changing and removing them, and the quiz a module may require.
import type { Db, PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { forgetStoredFile } from '../../../kit/src/storage';
import type { Viewer } from '../../../kit/src/viewer';
import { refreshCourseSearch } from '../catalog/search-index';
import { hasBeenPublished, nextModulePosition, openCourseForChanges, openModuleForChanges } from './course-editing';

export interface ModuleFields {
  title: string;
  summary?: string;
  /** Students cannot open the module before this time; null for no lock. */
  unlockAt?: Date | null;
  /** @default false */
  sequential?: boolean;
  /** @default true */
  requireAllItems?: boolean;
  /** A quiz of the same course that completion also needs; null for none. */
  requiredQuizId?: string | null;
  /** The score the required quiz needs, 0–100. @default the quiz's own passing score */
  requiredScorePercent?: number | null;
}

export type ModuleChanges = Partial<ModuleFields>;

interface Requirement {
  requiredQuizId: string | null;
  requiredScorePercent: number | null;
}

/**
 * The quiz requirement after a change: a score needs a quiz, the quiz must be a current quiz of the
 * same course, and a quiz without a score takes the quiz's own passing score. Clearing the quiz
 * clears the score.
 */
async function settleRequirement(tx: Db, courseId: string, current: Requirement, changes: ModuleChanges): Promise<Requirement> {
  const requiredQuizId = changes.requiredQuizId !== undefined ? changes.requiredQuizId : current.requiredQuizId;
  if (requiredQuizId === null) {
    if (changes.requiredScorePercent !== undefined && changes.requiredScorePercent !== null) {
      throw badInput('A required score needs a required quiz; set requiredQuizId too.', 'input.requiredScorePercent');
    }
    return { requiredQuizId: null, requiredScorePercent: null };
  }
  const quiz = await tx.quiz.findFirst({ where: { id: requiredQuizId, courseId, archivedAt: null }, select: { passingScorePercent: true } });
  if (quiz === null) throw badInput('The required quiz must be a quiz of this course.', 'input.requiredQuizId');
  const quizChanged = requiredQuizId !== current.requiredQuizId;
  // A score sent wins; null asks for the quiz's own passing score; left out, it is kept unless the quiz changed.
  const score =
    changes.requiredScorePercent !== undefined && changes.requiredScorePercent !== null
      ? changes.requiredScorePercent
      : changes.requiredScorePercent === null || quizChanged || current.requiredScorePercent === null
        ? quiz.passingScorePercent
        : current.requiredScorePercent;
  return { requiredQuizId, requiredScorePercent: score };
}

/** Modules that required one of `quizIds` stop requiring it (the quiz is gone or archived). */
export async function releaseRequiredQuizzes(tx: Db, quizIds: string[]): Promise<void> {
  if (quizIds.length === 0) return;
  await tx.module.updateMany({ where: { requiredQuizId: { in: quizIds } }, data: { requiredQuizId: null, requiredScorePercent: null } });
}

/** Forgets the stored-file records of lectures about to be deleted; returns the keys to remove from storage after commit. */
export async function forgetLectureFiles(tx: Db, lectures: { slidesFileKey: string | null; notesFileKey: string | null }[]): Promise<string[]> {
  const keys = lectures.flatMap((lecture) => [lecture.slidesFileKey, lecture.notesFileKey]).filter((key): key is string => key !== null);
  for (const key of keys) await forgetStoredFile(tx, key);
  return keys;
}

/** Adds a module at the end of the course; returns its id. */
export async function addModule(prisma: PrismaClient, viewer: Viewer, courseId: string, fields: ModuleFields): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await openCourseForChanges(tx, viewer, courseId);
    const requirement = await settleRequirement(tx, courseId, { requiredQuizId: null, requiredScorePercent: null }, fields);
    const module = await tx.module.create({
      data: {
        courseId,
        position: await nextModulePosition(tx, courseId),
        title: fields.title,
        summary: fields.summary,
        unlockAt: fields.unlockAt ?? null,
        sequential: fields.sequential,
        requireAllItems: fields.requireAllItems,
        ...requirement,
      },
      select: { id: true },
    });
    return module.id;
  });
}

export async function updateModule(prisma: PrismaClient, viewer: Viewer, moduleId: string, changes: ModuleChanges): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { courseId } = await openModuleForChanges(tx, viewer, moduleId);
    const current = await tx.module.findUniqueOrThrow({ where: { id: moduleId }, select: { requiredQuizId: true, requiredScorePercent: true } });
    const requirement = await settleRequirement(tx, courseId, current, changes);
    await tx.module.update({
      where: { id: moduleId },
      data: {
        title: changes.title,
        summary: changes.summary,
        unlockAt: changes.unlockAt,
        sequential: changes.sequential,
        requireAllItems: changes.requireAllItems,
        ...requirement,
      },
    });
  });
}

export interface Removal {
  courseId: string;
  /** Storage keys no row refers to any more; remove them once the transaction has committed. */
  orphanedFileKeys: string[];
}

/**
 * Removes a module with everything in it. A course that has ever been published keeps the rows,
 * archived, so students' progress against them survives; a never-published draft deletes them.
 */
export async function removeModule(prisma: PrismaClient, viewer: Viewer, moduleId: string): Promise<Removal> {
  return prisma.$transaction(async (tx) => {
    const { course, courseId } = await openModuleForChanges(tx, viewer, moduleId);
    const quizzes = await tx.quiz.findMany({ where: { moduleId, archivedAt: null }, select: { id: true } });
    await releaseRequiredQuizzes(tx, quizzes.map((quiz) => quiz.id));
    let orphanedFileKeys: string[] = [];
    if (hasBeenPublished(course)) {
      const archivedAt = new Date();
      const current = { moduleId, archivedAt: null };
      await tx.lecture.updateMany({ where: current, data: { archivedAt } });
      await tx.reading.updateMany({ where: current, data: { archivedAt } });
      await tx.assignment.updateMany({ where: current, data: { archivedAt } });
      await tx.quiz.updateMany({ where: current, data: { archivedAt } });
      await tx.module.update({ where: { id: moduleId }, data: { archivedAt } });
    } else {
      const lectures = await tx.lecture.findMany({ where: { moduleId }, select: { slidesFileKey: true, notesFileKey: true } });
      orphanedFileKeys = await forgetLectureFiles(tx, lectures);
      await tx.module.delete({ where: { id: moduleId } });
    }
    await refreshCourseSearch(tx, courseId);
    return { courseId, orphanedFileKeys };
  });
}
