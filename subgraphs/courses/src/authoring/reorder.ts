// Reordering a course's modules, or one kind of item inside a module, from one complete new order.
import type { Db, PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { openCourseForChanges } from './course-editing';

export const REORDER_KINDS = ['modules', 'lectures', 'readings', 'assignments', 'quizzes'] as const;
export type ReorderKind = (typeof REORDER_KINDS)[number];

export interface ReorderRequest {
  courseId: string;
  kind: ReorderKind;
  /** The module whose items are reordered; must be absent when reordering modules. */
  moduleId?: string | null;
  /** Every current id of that kind, in the new order. */
  orderedIds: string[];
}

const FIELD = 'input.orderedIds';
const shortList = (ids: string[]) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', '));

/**
 * Refuses an order that is not exactly the current set: names repeated ids, ids that are not current
 * `kind` of the place being ordered, and current ones left out.
 */
export function checkNewOrder(currentIds: readonly string[], orderedIds: readonly string[], kind: ReorderKind): void {
  const repeated = [...new Set(orderedIds.filter((id, index) => orderedIds.indexOf(id) !== index))];
  if (repeated.length > 0) throw badInput(`These ids appear more than once: ${shortList(repeated)}. List each once.`, FIELD);
  const current = new Set(currentIds);
  const strangers = orderedIds.filter((id) => !current.has(id));
  if (strangers.length > 0) throw badInput(`These are not current ${kind} of this place: ${shortList(strangers)}. Reload and try again.`, FIELD);
  const ordered = new Set(orderedIds);
  const missing = currentIds.filter((id) => !ordered.has(id));
  if (missing.length > 0) throw badInput(`The new order leaves out ${shortList(missing)}. List every current one of the ${kind}.`, FIELD);
}

const TABLES: Record<ReorderKind, string> = {
  modules: 'courses.module',
  lectures: 'courses.lecture',
  readings: 'courses.reading',
  assignments: 'courses.assignment',
  quizzes: 'courses.quiz',
};

/** The current (not archived) ids being ordered: the course's modules, or one kind of item of a module. */
async function currentIds(tx: Db, kind: ReorderKind, place: { courseId: string } | { moduleId: string }): Promise<string[]> {
  const where = { ...place, archivedAt: null };
  const select = { id: true } as const;
  const orderBy = { position: 'asc' } as const;
  const rows =
    kind === 'modules' ? await tx.module.findMany({ where, select, orderBy })
    : kind === 'lectures' ? await tx.lecture.findMany({ where, select, orderBy })
    : kind === 'readings' ? await tx.reading.findMany({ where, select, orderBy })
    : kind === 'assignments' ? await tx.assignment.findMany({ where, select, orderBy })
    : await tx.quiz.findMany({ where, select, orderBy });
  return rows.map((row) => row.id);
}

/** Writes positions 0..n-1 in the given order, in one statement. */
export async function reorder(prisma: PrismaClient, viewer: Viewer, request: ReorderRequest): Promise<void> {
  const { courseId, kind, orderedIds } = request;
  const moduleId = request.moduleId ?? null;
  if (kind === 'modules' && moduleId !== null) throw badInput('Leave moduleId out when reordering modules.', 'input.moduleId');
  if (kind !== 'modules' && moduleId === null) throw badInput(`Name the module whose ${kind} you are reordering in moduleId.`, 'input.moduleId');
  await prisma.$transaction(async (tx) => {
    await openCourseForChanges(tx, viewer, courseId);
    if (moduleId !== null) {
      const module = await tx.module.findFirst({ where: { id: moduleId, courseId, archivedAt: null }, select: { id: true } });
      if (module === null) throw badInput('That module is not a current module of this course.', 'input.moduleId');
    }
    checkNewOrder(await currentIds(tx, kind, moduleId === null ? { courseId } : { moduleId }), orderedIds, kind);
    if (orderedIds.length === 0) return;
    await tx.$executeRawUnsafe(
      `UPDATE ${TABLES[kind]} AS item SET position = ordered.position - 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS ordered(id, position)
        WHERE item.id = ordered.id`,
      orderedIds,
    );
  });
}
