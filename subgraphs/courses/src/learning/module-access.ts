// Module locks, enforced on the server: an unlock date, and in sequential modules the order of items.
import type { Db } from '../../../kit/src/db';
import { notFound, userError } from '../../../kit/src/errors';
import { loadModuleOutline } from './course-outline';
import { loadLearnerFactsOf } from './learner-facts';
import { firstUnfinishedBefore, lockedUntilMessage, moduleOpensAt } from './requirements';

export type ModuleItemKind = 'lecture' | 'reading' | 'quiz' | 'assignment';

export interface ItemOpenInput {
  userId: string;
  moduleId: string;
  item: { kind: ModuleItemKind; id: string };
  now?: Date;
}

/**
 * Throws FORBIDDEN with the reason (and when it opens) when the item is locked for this student.
 * The error carries `extensions.opensAt` (ISO-8601) for a date lock and `extensions.blockingItem`
 * ({ kind, id, title }) for an order lock. NOT_FOUND when the module does not exist.
 */
export async function assertItemOpen(db: Db, input: ItemOpenInput): Promise<void> {
  const module = await loadModuleOutline(db, input.moduleId);
  if (module === null) throw notFound('That module');
  const opensAt = moduleOpensAt(module.module, input.now ?? new Date());
  if (opensAt !== null) throw userError('FORBIDDEN', lockedUntilMessage(opensAt), { opensAt: opensAt.toISOString() });
  if (!module.module.sequential) return;
  const facts = await loadLearnerFactsOf(db, { userId: input.userId, courseId: module.module.courseId });
  const blocking = firstUnfinishedBefore(module, input.item, facts);
  if (blocking === null) return;
  const finish = blocking.kind === 'quiz' ? 'Pass' : blocking.kind === 'reading' ? 'Read' : 'Finish';
  throw userError(
    'FORBIDDEN',
    `${finish} the ${blocking.kind} “${blocking.title}” first: this module’s items open in order.`,
    { blockingItem: { kind: blocking.kind, id: blocking.id, title: blocking.title } },
  );
}
