// Which applications a staff queue shows and in what order, as Prisma filters. Pure: the GraphQL layer
// adds the viewer's scope (staffApplicationsWhere) and the page.
import type { ApplicationStatus, Prisma } from '../../../kit/src/db';

const DAY_MS = 86_400_000;

export interface QueueFilter {
  programId?: string | null;
  intakeId?: string | null;
  /** Only these statuses; drafts are never in the queue whatever is asked. @default every other status */
  statuses?: readonly ApplicationStatus[] | null;
  assignedOfficerId?: string | null;
  /** True: only applications nobody is assigned to. */
  unassigned?: boolean | null;
  /** Only applications at least this many whole days in their current stage. */
  minDaysInStage?: number | null;
  /** Part of the applicant's legal name, any case. */
  search?: string | null;
}

/** Oldest stage first (what waits longest comes first), or first submitted first. */
export type QueueOrder = 'daysInStage' | 'submittedAt';

/** The filter's conditions; `now` fixes what "days in stage" counts from. */
export function queueWhere(filter: QueueFilter, now: Date): Prisma.ApplicationWhereInput {
  const conditions: Prisma.ApplicationWhereInput[] = [{ status: { not: 'draft' } }];
  if (filter.programId) conditions.push({ intake: { programId: filter.programId } });
  if (filter.intakeId) conditions.push({ intakeId: filter.intakeId });
  if (filter.statuses) conditions.push({ status: { in: [...filter.statuses] } });
  if (filter.assignedOfficerId) conditions.push({ assignedOfficerId: filter.assignedOfficerId });
  if (filter.unassigned) conditions.push({ assignedOfficerId: null });
  // Whole days in stage ≥ n exactly when the stage began at least n × 24 hours ago.
  if (filter.minDaysInStage) conditions.push({ stageEnteredAt: { lte: new Date(now.getTime() - filter.minDaysInStage * DAY_MS) } });
  const search = filter.search?.trim();
  if (search) conditions.push({ personalDetails: { path: ['legalName'], string_contains: escapeLikePattern(search), mode: 'insensitive' } });
  return { AND: conditions };
}

/**
 * Prisma passes a JSON string_contains to LIKE as it is, so a search for "%" or "_" would match every
 * name; escaped, they match only themselves.
 */
export const escapeLikePattern = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** A total order (ties broken by id), so cursor pages never skip or repeat an application. */
export function queueOrderBy(order: QueueOrder): Prisma.ApplicationOrderByWithRelationInput[] {
  return order === 'submittedAt' ? [{ submittedAt: 'asc' }, { id: 'asc' }] : [{ stageEnteredAt: 'asc' }, { id: 'asc' }];
}
