// Tutor plans and their monthly question allowances. A person without an assignment, or whose paid
// period has run out, is on starter.
import type { TutorPlan, TutorPlanAssignment } from '../../../kit/src/db';

/** Questions per calendar month (UTC) by plan; null means no limit. */
export const PLAN_LIMITS: Record<TutorPlan, number | null> = { starter: 50, standard: 200, unlimited: null };

/** The plan in force at `now`. */
export function effectivePlan(assignment: Pick<TutorPlanAssignment, 'plan' | 'validUntil'> | null, now: Date): TutorPlan {
  if (!assignment) return 'starter';
  if (assignment.validUntil && assignment.validUntil.getTime() <= now.getTime()) return 'starter';
  return assignment.plan;
}
