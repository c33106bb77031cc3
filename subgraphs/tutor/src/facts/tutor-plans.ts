// Plans mirrored from economy's TutorPlanChanged events. An active subscription sets its plan until the
// end of the paid period; any other status (canceled, past_due, …) puts the person back on starter.
//
// Events may arrive out of order (retries, several consumers), so each assignment remembers the
// occurredAt of the event that set it, and an older event never overwrites a newer one. The check and the
// write are one statement, so two events racing for the same person cannot both win.
import { z } from 'zod';
import type { Db, TutorPlan } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import { factHandler } from './fact-handler';

export const TUTOR_PLAN_CHANGED_HANDLER = 'mirror-tutor-plan';

export const tutorPlanChangedSchema = z.object({
  userId: z.uuid(),
  plan: z.enum(['starter', 'standard', 'unlimited']),
  /** Stripe's subscription statuses and any economy adds; only `active` grants the plan. */
  status: z.string().min(1),
  currentPeriodEnd: z.iso.datetime({ offset: true }).nullable(),
});
export type TutorPlanChanged = z.infer<typeof tutorPlanChangedSchema>;

/** The assignment a subscription state implies. */
export function assignmentFor(subscription: TutorPlanChanged): { plan: TutorPlan; validUntil: Date | null } {
  if (subscription.status !== 'active') return { plan: 'starter', validUntil: null };
  return { plan: subscription.plan, validUntil: subscription.currentPeriodEnd ? new Date(subscription.currentPeriodEnd) : null };
}

/** Stores the plan unless an event newer than `occurredAt` already set this person's plan. */
export async function recordSubscriptionPlan(tx: Db, subscription: TutorPlanChanged, occurredAt: Date): Promise<void> {
  const { plan, validUntil } = assignmentFor(subscription);
  // Timestamps are stored as UTC wall-clock time, as Prisma writes them.
  await tx.$executeRaw`
    INSERT INTO "tutor"."plan_assignment" (user_id, plan, valid_until, updated_at)
    VALUES (${subscription.userId}::uuid, ${plan}::"tutor"."TutorPlan",
            (${validUntil?.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC'),
            (${occurredAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT (user_id) DO UPDATE
       SET plan = EXCLUDED.plan, valid_until = EXCLUDED.valid_until, updated_at = EXCLUDED.updated_at
     WHERE "tutor"."plan_assignment".updated_at <= EXCLUDED.updated_at`;
}

/** When the event happened; an unreadable occurredAt counts as now rather than blocking the change. */
function occurredAtOf(event: DomainEvent): Date {
  const occurredAt = new Date(event.occurredAt);
  return Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt;
}

export const handleTutorPlanChanged = factHandler(TUTOR_PLAN_CHANGED_HANDLER, tutorPlanChangedSchema, (tx, subscription, event) =>
  recordSubscriptionPlan(tx, subscription, occurredAtOf(event)),
);
