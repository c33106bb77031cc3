// Per-request DataLoaders of the assessment area: however many attempts, sessions or questions a
// response holds, each hop is a fixed number of SQL statements.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { AttemptAnswer, PracticeAnswer, Question, QuizAttempt } from '../../../../kit/src/db';
import { closeOverdueAttempts, isOverdue } from '../../assessment/attempts';
import { isUuid } from '../../loaders';
import { groupBy } from '../../../../kit/src/group-by';


/** Bank questions by id (attempts and practice sessions refer to them by id). */
export const questionById = (context: SubgraphContext) =>
  context.loader('assessment.questionById', () =>
    new DataLoader<string, Question | null>(async (ids) => {
      const wanted = ids.filter(isUuid);
      const rows = wanted.length > 0 ? await context.prisma.question.findMany({ where: { id: { in: wanted } } }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

/** What an assignment submission needs of its assignment: the course (for visibility), due date, points, rubric. */
export interface AssignmentFacts {
  id: string;
  courseId: string;
  dueAt: Date | null;
  points: number;
  rubric: unknown;
}

export const assignmentFacts = (context: SubgraphContext) =>
  context.loader('assessment.assignmentFacts', () =>
    new DataLoader<string, AssignmentFacts | null>(async (ids) => {
      const wanted = ids.filter(isUuid);
      const rows = wanted.length > 0
        ? await context.prisma.assignment.findMany({
            where: { id: { in: wanted } },
            select: { id: true, courseId: true, dueAt: true, points: true, rubric: true },
          })
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

export const answersOfAttempt = (context: SubgraphContext) =>
  context.loader('assessment.answersOfAttempt', () =>
    new DataLoader<string, AttemptAnswer[]>(async (attemptIds) => {
      const rows = await context.prisma.attemptAnswer.findMany({ where: { attemptId: { in: [...attemptIds] } } });
      const byAttempt = groupBy(rows, (row) => row.attemptId);
      return attemptIds.map((id) => byAttempt.get(id) ?? []);
    }),
  );

export const answersOfPracticeSession = (context: SubgraphContext) =>
  context.loader('assessment.answersOfPracticeSession', () =>
    new DataLoader<string, PracticeAnswer[]>(async (sessionIds) => {
      const rows = await context.prisma.practiceAnswer.findMany({ where: { sessionId: { in: [...sessionIds] } } });
      const bySession = groupBy(rows, (row) => row.sessionId);
      return sessionIds.map((id) => bySession.get(id) ?? []);
    }),
  );

/** Attempts after closing the overdue ones among them (grade on read: see attempts.ts). */
const closedAttempt = (context: SubgraphContext) =>
  context.loader('assessment.closedAttempt', () =>
    new DataLoader<string, QuizAttempt>(async (ids) => {
      await closeOverdueAttempts(context.prisma, { where: { id: { in: [...ids] } }, events: context.events });
      const rows = await context.prisma.quizAttempt.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`Attempt ${id} disappeared while it was read.`));
    }),
  );

/**
 * The attempt as it stands now: an attempt still in progress past its deadline is closed and graded
 * first. Costs nothing for any other attempt.
 */
export function currentAttempt(context: SubgraphContext, attempt: QuizAttempt): Promise<QuizAttempt> | QuizAttempt {
  return isOverdue(attempt, new Date()) ? closedAttempt(context).load(attempt.id) : attempt;
}
