// Monthly question quotas. A question takes one of the month's questions when it is sent (in the same
// transaction as the message, under a row lock, so concurrent sends cannot overrun the plan) and gives it
// back if no answer came at all; an answered question therefore counts exactly once.
import type { Db, TutorPlan } from '../../../kit/src/db';
import { userError } from '../../../kit/src/errors';
import { effectivePlan, PLAN_LIMITS } from '../facts/plans';

export interface TutorUsageSummary {
  plan: TutorPlan;
  /** Questions per month on this plan; null for unlimited. */
  limit: number | null;
  used: number;
  /** null for unlimited. */
  remaining: number | null;
  periodStart: Date;
  /** When the count starts again from zero (the first instant of next month, UTC). */
  resetsAt: Date;
}

/** The first day of `now`'s month, UTC (a date column). */
export function periodStartOf(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function nextPeriodStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

export async function usageOf(db: Db, userId: string, now: Date = new Date()): Promise<TutorUsageSummary> {
  const periodStart = periodStartOf(now);
  const [assignment, usage] = await Promise.all([
    db.tutorPlanAssignment.findUnique({ where: { userId } }),
    db.tutorUsage.findUnique({ where: { userId_periodStart: { userId, periodStart } } }),
  ]);
  return summarise(effectivePlan(assignment, now), usage?.questions ?? 0, now);
}

function summarise(plan: TutorPlan, used: number, now: Date): TutorUsageSummary {
  const limit = PLAN_LIMITS[plan];
  return {
    plan,
    limit,
    used,
    remaining: limit === null ? null : Math.max(0, limit - used),
    periodStart: periodStartOf(now),
    resetsAt: nextPeriodStart(now),
  };
}

/** The person's plan and monthly limit now (read before the transaction that reserves a question). */
export interface QuestionAllowance {
  userId: string;
  plan: TutorPlan;
  limit: number | null;
}

export async function questionAllowance(db: Db, userId: string, now: Date = new Date()): Promise<QuestionAllowance> {
  const assignment = await db.tutorPlanAssignment.findUnique({ where: { userId } });
  const plan = effectivePlan(assignment, now);
  return { userId, plan, limit: PLAN_LIMITS[plan] };
}

/**
 * Takes one question from this month's allowance, or throws PAYMENT_REQUIRED with the plan, limit and
 * remaining count (0) so the client can offer an upgrade. One conditional upsert: concurrent questions
 * serialise on the usage row and none can pass the limit.
 */
export async function reserveQuestion(tx: Db, allowance: QuestionAllowance, now: Date = new Date()): Promise<TutorUsageSummary> {
  const { userId, plan, limit } = allowance;
  const periodStart = periodStartOf(now);
  const [taken] = await tx.$queryRaw<{ questions: number }[]>`
    INSERT INTO tutor.usage (user_id, period_start, questions) VALUES (${userId}::uuid, ${periodStart}::date, 1)
    ON CONFLICT (user_id, period_start) DO UPDATE SET questions = tutor.usage.questions + 1
      WHERE ${limit}::int IS NULL OR tutor.usage.questions < ${limit}::int
    RETURNING questions`;
  if (taken && (limit === null || taken.questions <= limit)) return summarise(plan, taken.questions, now);
  const used = taken?.questions ?? limit ?? 0;
  const summary = summarise(plan, used, now);
  throw userError(
    'PAYMENT_REQUIRED',
    `You have used all ${limit} tutor questions of your ${plan} plan this month; 0 remain. Upgrade your plan or wait until ${summary.resetsAt.toISOString().slice(0, 10)}.`,
    { plan, limit, used: Math.max(used, limit ?? 0), remaining: 0, resetsAt: summary.resetsAt.toISOString() },
  );
}

/**
 * Gives the question of `questionMessageId` back when no answer came. Idempotent: the message's
 * `countedInUsage` flag is cleared in the same statement that decides to release.
 */
export async function releaseQuestion(tx: Db, questionMessageId: string, userId: string): Promise<void> {
  const released = await tx.tutorMessage.updateMany({ where: { id: questionMessageId, countedInUsage: true }, data: { countedInUsage: false } });
  if (released.count === 0) return;
  const message = await tx.tutorMessage.findUniqueOrThrow({ where: { id: questionMessageId }, select: { createdAt: true } });
  await tx.tutorUsage.updateMany({
    where: { userId, periodStart: periodStartOf(message.createdAt), questions: { gt: 0 } },
    data: { questions: { decrement: 1 } },
  });
}
