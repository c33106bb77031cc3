// SchoolProgressSharingChanged: a student started or stopped sharing their progress with a school.
// Courses mirrors it (the rows school keys with read:students may see), so it is written in the same
// transaction as the consent itself.
import type { Db } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';

export const SCHOOL_PROGRESS_SHARING_CHANGED = 'SchoolProgressSharingChanged';

export interface SchoolProgressSharingChanged {
  schoolId: string;
  userId: string;
  sharing: boolean;
  /** ISO-8601 instant of the change; consumers ignore a change older than what they hold. */
  at: string;
}

export async function emitSharingChanged(tx: Db, change: { schoolId: string; userId: string; sharing: boolean; at: Date }): Promise<void> {
  await emitEvent<SchoolProgressSharingChanged>(tx, 'users', SCHOOL_PROGRESS_SHARING_CHANGED, {
    schoolId: change.schoolId,
    userId: change.userId,
    sharing: change.sharing,
    at: change.at.toISOString(),
  });
}
