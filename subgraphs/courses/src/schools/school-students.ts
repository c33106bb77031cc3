// Students who share their progress with a school, mirrored from users' SchoolProgressSharingChanged:
// a row while consent holds, none once it is withdrawn. School keys and enrollments are checked here.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';

export const schoolProgressSharingChangedSchema = z.object({
  schoolId: z.uuid(),
  userId: z.uuid(),
  sharing: z.boolean(),
  at: z.iso.datetime({ offset: true }),
});
export type SchoolProgressSharingChanged = z.infer<typeof schoolProgressSharingChangedSchema>;

export const userDeletedSchema = z.object({ userId: z.uuid() });

/**
 * Applies one change of consent. A withdrawal removes only consent given before it, so a late
 * redelivery of an old withdrawal cannot undo consent given again since.
 */
export async function applySharingChange(tx: Db, change: SchoolProgressSharingChanged): Promise<void> {
  const at = new Date(change.at);
  if (change.sharing) {
    await tx.schoolStudent.upsert({
      where: { schoolId_userId: { schoolId: change.schoolId, userId: change.userId } },
      create: { schoolId: change.schoolId, userId: change.userId, sharedAt: at },
      update: { sharedAt: at },
    });
    return;
  }
  await tx.schoolStudent.deleteMany({ where: { schoolId: change.schoolId, userId: change.userId, sharedAt: { lte: at } } });
}

/** A deleted account shares nothing with any school. */
export async function forgetDeletedSchoolStudent(tx: Db, deleted: { userId: string }): Promise<void> {
  await tx.schoolStudent.deleteMany({ where: { userId: deleted.userId } });
}
