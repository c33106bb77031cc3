// Assignments: instructions, a due date, points, and the rubric submissions are scored against.
import type { PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { rubricSchema, type RubricCriterion } from '../question-spec';
import { hasBeenPublished, nextItemPosition, openItemForChanges, openModuleForChanges } from './course-editing';
import { describeIssues } from './issues';

/** Points of an assignment without a rubric when none are given. */
export const DEFAULT_ASSIGNMENT_POINTS = 100;

export interface AssignmentFields {
  title: string;
  /** Markdown. */
  instructions?: string;
  dueAt?: Date | null;
  /** With a rubric: its total (and may be left out). Without: @default 100 */
  points?: number;
  rubric?: RubricCriterion[];
}

export type AssignmentChanges = Partial<AssignmentFields>;

/** Checks a rubric against `rubricSchema` and for repeated criterion ids; returns it with defaults filled in. */
export function parseRubric(rubric: unknown, field: string): RubricCriterion[] {
  const parsed = rubricSchema.safeParse(rubric);
  if (!parsed.success) throw badInput(`The rubric is not valid: ${describeIssues(parsed.error.issues)}.`, field);
  const ids = parsed.data.map((criterion) => criterion.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw badInput(`Two rubric criteria have the id "${repeated}"; give each criterion its own id.`, field);
  return parsed.data;
}

/**
 * An assignment's points and rubric always agree: with a rubric, the points are the sum of its
 * criteria (a fully met rubric is full marks), so points may be left out and a different number is
 * refused; without a rubric the points stand alone. `current` is the stored assignment, if any.
 */
export function settlePoints(
  current: { points: number; rubric: RubricCriterion[] } | null,
  changes: { points?: number; rubric?: RubricCriterion[] },
): { points: number; rubric: RubricCriterion[] } {
  const rubric = changes.rubric ?? current?.rubric ?? [];
  if (rubric.length === 0) return { points: changes.points ?? current?.points ?? DEFAULT_ASSIGNMENT_POINTS, rubric };
  const total = rubric.reduce((sum, criterion) => sum + criterion.points, 0);
  if (changes.points !== undefined && changes.points !== total) {
    throw badInput(
      `The points (${changes.points}) must equal the rubric's total (${total}). Leave points out to use the total, or change the rubric.`,
      'input.points',
    );
  }
  return { points: total, rubric };
}

/** Adds an assignment at the end of a module; returns its id. */
export async function addAssignment(prisma: PrismaClient, viewer: Viewer, moduleId: string, fields: AssignmentFields): Promise<string> {
  const rubric = fields.rubric === undefined ? undefined : parseRubric(fields.rubric, 'input.rubric');
  const settled = settlePoints(null, { points: fields.points, rubric });
  return prisma.$transaction(async (tx) => {
    const { courseId } = await openModuleForChanges(tx, viewer, moduleId);
    const assignment = await tx.assignment.create({
      data: {
        moduleId,
        courseId,
        position: await nextItemPosition(tx, 'assignment', moduleId),
        title: fields.title,
        instructions: fields.instructions,
        dueAt: fields.dueAt ?? null,
        points: settled.points,
        rubric: settled.rubric,
      },
      select: { id: true },
    });
    return assignment.id;
  });
}

export async function updateAssignment(prisma: PrismaClient, viewer: Viewer, assignmentId: string, changes: AssignmentChanges): Promise<void> {
  const rubric = changes.rubric === undefined ? undefined : parseRubric(changes.rubric, 'input.rubric');
  await prisma.$transaction(async (tx) => {
    await openItemForChanges(tx, viewer, 'assignment', assignmentId);
    const stored = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { points: true, rubric: true } });
    const settled = settlePoints({ points: stored.points, rubric: rubricSchema.parse(stored.rubric) }, { points: changes.points, rubric });
    await tx.assignment.update({
      where: { id: assignmentId },
      data: {
        title: changes.title,
        instructions: changes.instructions,
        dueAt: changes.dueAt,
        points: settled.points,
        rubric: settled.rubric,
      },
    });
  });
}

/** Archives the assignment in a course that has ever been published (submissions survive); deletes it in a draft. Returns its module's id. */
export async function removeAssignment(prisma: PrismaClient, viewer: Viewer, assignmentId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const { course, moduleId } = await openItemForChanges(tx, viewer, 'assignment', assignmentId);
    if (hasBeenPublished(course)) await tx.assignment.update({ where: { id: assignmentId }, data: { archivedAt: new Date() } });
    else await tx.assignment.delete({ where: { id: assignmentId } });
    return moduleId;
  });
}
