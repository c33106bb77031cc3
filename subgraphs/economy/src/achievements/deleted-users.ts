// A deleted person's progress goes with them: metrics, XP and unlocked achievements. Their ledger
// entries stay (the ledger is append-only and must keep summing to zero).
import type { Db } from '../../../kit/src/db';
import { userDeletedSchema, type UserDeleted } from '../events/consumed-events';
import { factHandler } from '../events/fact-handler';

export const DELETED_USER_PROGRESS_HANDLER = 'forget-deleted-user-progress';

export async function forgetProgressOf(tx: Db, userId: string): Promise<void> {
  await tx.userAchievement.deleteMany({ where: { userId } });
  await tx.userMetric.deleteMany({ where: { userId } });
  await tx.userXp.deleteMany({ where: { userId } });
}

export const handleDeletedUserProgress = factHandler(DELETED_USER_PROGRESS_HANDLER, userDeletedSchema, (tx, deleted: UserDeleted) =>
  forgetProgressOf(tx, deleted.userId),
);
