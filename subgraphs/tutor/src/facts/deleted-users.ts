// A deleted account takes its tutor data with it: conversations (messages cascade), usage, plan, mirrored
// quiz attempts and essays, and every guardian link it was part of, as parent or as child.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { factHandler } from './fact-handler';

export const USER_DELETED_HANDLER = 'forget-deleted-user';

export const userDeletedSchema = z.object({ userId: z.uuid() });
export type UserDeleted = z.infer<typeof userDeletedSchema>;

export async function forgetUser(tx: Db, { userId }: UserDeleted): Promise<void> {
  await tx.tutorGuardianLink.deleteMany({ where: { OR: [{ parentId: userId }, { childId: userId }] } });
  await tx.tutorSession.deleteMany({ where: { userId } });
  await tx.tutorUsage.deleteMany({ where: { userId } });
  await tx.tutorPlanAssignment.deleteMany({ where: { userId } });
  await tx.tutorQuizAttempt.deleteMany({ where: { userId } });
  await tx.tutorEssay.deleteMany({ where: { userId } });
  await tx.tutorEnrollment.deleteMany({ where: { userId } });
}

export const handleUserDeleted = factHandler(USER_DELETED_HANDLER, userDeletedSchema, forgetUser);
