// A student's own membership of a school: joining with the school's code, giving or withdrawing consent
// to share progress, and leaving. Every change of consent is announced in the same transaction.
import type { Db, PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { conflict, notFound, userError } from '../../../kit/src/errors';
import { emitEvent } from '../../../kit/src/events';
import type { MembershipWithPeople } from '../schools';
import { normaliseJoinCode } from './join-code';
import { emitSharingChanged } from './sharing-event';

const withPeople = { school: true, user: true } as const;

const studentKey = (schoolId: string, userId: string) => ({ schoolId_userId_role: { schoolId, userId, role: 'student' as const } });

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

const ALREADY_JOINED = 'You are already a student of this school. Change whether you share your progress in your school settings instead.';

/** Joins the school whose code this is, as a student; `shareProgress` gives consent at once. */
export async function joinSchool(
  prisma: PrismaClient,
  input: { userId: string; code: string; shareProgress: boolean; now?: Date },
): Promise<MembershipWithPeople> {
  const now = input.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      const code = normaliseJoinCode(input.code);
      const school = code === '' ? null : await tx.school.findUnique({ where: { joinCode: code }, select: { id: true } });
      if (school === null) throw userError('NOT_FOUND', 'No school has that join code. Check the code with your school and type it again.');
      const existing = await tx.schoolMember.findUnique({ where: studentKey(school.id, input.userId), select: { schoolId: true } });
      if (existing !== null) throw conflict(ALREADY_JOINED);
      const membership = await tx.schoolMember.create({
        data: { schoolId: school.id, userId: input.userId, role: 'student', progressSharedAt: input.shareProgress ? now : null },
        include: withPeople,
      });
      // Other domains mirror who belongs to which school (the "my school" feed), whatever the role.
      await emitEvent(tx, 'users', 'SchoolMemberAdded', { schoolId: school.id, userId: input.userId });
      if (input.shareProgress) await emitSharingChanged(tx, { schoolId: school.id, userId: input.userId, sharing: true, at: now });
      return membership;
    });
  } catch (error) {
    // Two joins at the same moment: the second finds the first's row only as a unique violation.
    if (isUniqueViolation(error)) throw conflict(ALREADY_JOINED);
    throw error;
  }
}

async function requireStudentMembership(tx: Db, schoolId: string, userId: string) {
  const membership = await tx.schoolMember.findUnique({ where: studentKey(schoolId, userId) });
  if (membership === null) throw userError('NOT_FOUND', 'You are not a student of that school. Join it with its code first.');
  return membership;
}

/** Gives (`share`) or withdraws consent. Asking for the state already held changes nothing and announces nothing. */
export async function setSchoolProgressSharing(
  prisma: PrismaClient,
  input: { userId: string; schoolId: string; share: boolean; now?: Date },
): Promise<MembershipWithPeople> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    await requireStudentMembership(tx, input.schoolId, input.userId);
    // Conditional on the current state, so two concurrent calls announce one change, not two.
    const changed = await tx.schoolMember.updateMany({
      where: { schoolId: input.schoolId, userId: input.userId, role: 'student', progressSharedAt: input.share ? null : { not: null } },
      data: { progressSharedAt: input.share ? now : null },
    });
    if (changed.count === 1) await emitSharingChanged(tx, { schoolId: input.schoolId, userId: input.userId, sharing: input.share, at: now });
    return tx.schoolMember.findUniqueOrThrow({ where: studentKey(input.schoolId, input.userId), include: withPeople });
  });
}

/** Leaves the school as a student; consent ends with the membership. The person keeps any staff role there. */
export async function leaveSchool(prisma: PrismaClient, input: { userId: string; schoolId: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const membership = await requireStudentMembership(tx, input.schoolId, input.userId);
    await tx.schoolMember.delete({ where: studentKey(input.schoolId, input.userId) });
    await announceStudentRemoved(tx, membership, now);
  });
}

/**
 * What follows a student membership's removal (by the student or by a school admin): consent is
 * withdrawn if it was given, and the person leaves the school once they hold no other role in it.
 */
export async function announceStudentRemoved(
  tx: Db,
  removed: { schoolId: string; userId: string; progressSharedAt: Date | null },
  now: Date,
): Promise<void> {
  if (removed.progressSharedAt !== null) await emitSharingChanged(tx, { schoolId: removed.schoolId, userId: removed.userId, sharing: false, at: now });
  const remainingRoles = await tx.schoolMember.count({ where: { schoolId: removed.schoolId, userId: removed.userId } });
  if (remainingRoles === 0) await emitEvent(tx, 'users', 'SchoolMemberRemoved', { schoolId: removed.schoolId, userId: removed.userId });
}
