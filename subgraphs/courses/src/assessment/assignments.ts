// Assignment submissions: one per student and assignment, replaceable until an instructor grades it;
// graded against the assignment's rubric (or, without one, a single "Overall" criterion worth its points).
import type { AssignmentSubmission, PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../../kit/src/errors';
import { ACCESS_FACTS_SELECT, canEditCourse, canSeeCourse } from '../access';
import { evaluateCompletion } from '../learning/completion';
import { assertItemOpen } from '../learning/module-access';
import { rubricSchema, type RubricCriterion } from '../question-spec';
import type { AttemptEffects, SignedInViewer } from './attempts';
import { effectiveRubric, scaleRubricTotal, scoreRubric, type RubricScoreInput } from './grading';

/** About 15,000 words of Markdown: longer work belongs in an uploaded file. */
export const ASSIGNMENT_BODY_MAX_CHARACTERS = 100_000;

/** The criteria an assignment is scored against. */
export function assignmentRubric(assignment: { rubric: unknown; points: number }): RubricCriterion[] {
  const parsed = rubricSchema.safeParse(assignment.rubric);
  return effectiveRubric(parsed.success ? parsed.data : [], assignment.points);
}

export interface SubmitAssignmentInput {
  viewer: SignedInViewer;
  assignmentId: string;
  /** Markdown, already trimmed and bounded by the caller. */
  body: string;
  now?: Date;
}

/**
 * Submits (or, before it is graded, replaces) the viewer's work. Needs an active enrollment and the
 * assignment's module open. Once graded, the submission is final: CONFLICT.
 */
export async function submitAssignment(prisma: PrismaClient, input: SubmitAssignmentInput): Promise<AssignmentSubmission> {
  const now = input.now ?? new Date();
  const userId = input.viewer.id;
  const assignment = await prisma.assignment.findFirst({
    where: { id: input.assignmentId, archivedAt: null },
    include: { course: { select: ACCESS_FACTS_SELECT } },
  });
  if (assignment === null || !canSeeCourse(input.viewer, assignment.course)) throw notFound('That assignment');
  const enrollment = await prisma.enrollment.findUnique({ where: { courseId_userId: { courseId: assignment.courseId, userId } } });
  if (enrollment === null || enrollment.status !== 'active') throw forbidden('Enroll in this course to submit its assignments.');
  await assertItemOpen(prisma, { userId, moduleId: assignment.moduleId, item: { kind: 'assignment', id: assignment.id }, now });

  const gradedAlready = () => conflict('Your submission was already graded; it can no longer be changed.');
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.assignmentSubmission.findUnique({ where: { assignmentId_userId: { assignmentId: assignment.id, userId } } });
      if (existing === null) return tx.assignmentSubmission.create({ data: { assignmentId: assignment.id, userId, body: input.body, submittedAt: now } });
      if (existing.gradedAt !== null) throw gradedAlready();
      // Conditional on "not graded yet", so a grade that lands first wins and this replacement is refused.
      const { count } = await tx.assignmentSubmission.updateMany({ where: { id: existing.id, gradedAt: null }, data: { body: input.body, submittedAt: now } });
      if (count === 0) throw gradedAlready();
      return { ...existing, body: input.body, submittedAt: now };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw conflict('This assignment was submitted from another window at the same moment; reload to see that submission.');
    }
    throw error;
  }
}

export interface GradeSubmissionInput extends AttemptEffects {
  viewer: SignedInViewer;
  submissionId: string;
  rubricScores: readonly RubricScoreInput[];
  feedback?: string | null;
}

/**
 * Grades a submission: the course's instructors and admins only. Grading again replaces the grade. The
 * score is the rubric total scaled to the assignment's points; course completion is evaluated after.
 */
export async function gradeAssignmentSubmission(prisma: PrismaClient, input: GradeSubmissionInput): Promise<AssignmentSubmission> {
  const now = input.now ?? new Date();
  const submission = await prisma.assignmentSubmission.findUnique({
    where: { id: input.submissionId },
    include: { assignment: { include: { course: { select: ACCESS_FACTS_SELECT } } } },
  });
  if (submission === null) throw notFound('That submission');
  if (!canEditCourse(input.viewer, submission.assignment.course)) throw forbidden('Only the course’s instructors and admins can grade its assignments.');
  const scoring = scoreRubric(assignmentRubric(submission.assignment), input.rubricScores);
  if (!scoring.ok) throw badInput(scoring.problem, 'rubricScores');
  const score = scaleRubricTotal(scoring.total, scoring.possible, submission.assignment.points);

  return prisma.$transaction(async (tx) => {
    const grade = { score, rubricScores: scoring.byCriterion, feedback: input.feedback ?? null, gradedById: input.viewer.id, gradedAt: now };
    // Conditional on the version the grader read: a replacement sent meanwhile is not graded unseen.
    const { count } = await tx.assignmentSubmission.updateMany({ where: { id: submission.id, submittedAt: submission.submittedAt }, data: grade });
    if (count === 0) throw conflict('The student replaced this submission while you were grading it; reload and grade the new version.');
    await evaluateCompletion(tx, { userId: submission.userId, courseId: submission.assignment.courseId, events: input.events, now });
    const { assignment: _assignment, ...row } = submission;
    return { ...row, ...grade };
  });
}
