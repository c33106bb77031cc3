// How many applications wait at each stage of a queue, counted in one grouped SQL statement.
import type { ApplicationStatus, Db, Prisma } from '../../../kit/src/db';

/** The statuses a queue shows, in workflow order; drafts are the applicants' own. */
export const QUEUE_STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'eligibility_review',
  'spiritual_evaluation',
  'interview_scheduled',
  'interviewed',
  'decided',
  'enrolled',
  'withdrawn',
];

export interface StatusCount {
  status: ApplicationStatus;
  count: number;
}

/** One count per queue status (zero included), in workflow order, for the applications `scope` selects. */
export async function countQueueByStatus(db: Db, scope: Prisma.ApplicationWhereInput): Promise<StatusCount[]> {
  const groups = await db.application.groupBy({
    by: ['status'],
    where: { AND: [scope, { status: { in: [...QUEUE_STATUSES] } }] },
    _count: { _all: true },
  });
  const counts = new Map(groups.map((group) => [group.status, group._count._all]));
  return QUEUE_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
