// Schools and their staff. Platform admins create schools; a school's admins (or platform admins)
// manage its admins and teachers. Being a school admin anywhere carries the `school_admin` role.
// Students are not added here: they join with the school's code (school-students/), because their
// membership carries their own consent to share progress.
import type { Db, PrismaClient, School, SchoolMember, SchoolRole, User } from '../../kit/src/db';
import { Prisma } from '../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../kit/src/errors';
import { emitEvent } from '../../kit/src/events';
import type { Viewer } from '../../kit/src/viewer';
import { hasRole } from '../../kit/src/viewer';
import { groupBy } from '../../kit/src/group-by';
import { addRole, removeRole } from './roles';
import { announceStudentRemoved } from './school-students/student-membership';

export interface CreateSchoolInput {
  name: string;
  /** URL name; derived from the name when absent. */
  slug?: string | null;
  country?: string | null;
  province?: string | null;
}

export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug.length >= 2 ? slug : `school-${slug}`.replace(/-+$/g, '');
}

export async function createSchool(db: Db, input: CreateSchoolInput): Promise<School> {
  const slug = input.slug ?? slugFromName(input.name);
  try {
    return await db.school.create({
      data: { name: input.name, slug, country: input.country ?? null, province: input.province ?? null },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw conflict(`The slug "${slug}" is taken by another school. Choose another slug.`);
    }
    throw error;
  }
}

/** Platform admins manage every school; a school admin manages their own. */
export async function canManageSchool(db: Db, viewer: Viewer, schoolId: string): Promise<boolean> {
  if (viewer.kind !== 'user') return false;
  if (hasRole(viewer, 'admin')) return true;
  const membership = await db.schoolMember.findUnique({
    where: { schoolId_userId_role: { schoolId, userId: viewer.id, role: 'admin' } },
    select: { schoolId: true },
  });
  return membership !== null;
}

async function requireManagedSchool(db: Db, viewer: Viewer, schoolId: string): Promise<School> {
  const school = await db.school.findUnique({ where: { id: schoolId } });
  if (school === null) throw notFound('That school');
  if (!(await canManageSchool(db, viewer, schoolId))) {
    throw forbidden('Only this school’s admins or platform admins can manage its members.');
  }
  return school;
}

export async function addSchoolMember(
  prisma: PrismaClient,
  input: { viewer: Viewer; schoolId: string; userId: string; role: SchoolRole },
): Promise<School> {
  if (input.role === 'student') {
    throw badInput('Students join a school themselves with its join code. Share the code with them instead.', 'role');
  }
  return prisma.$transaction(async (tx) => {
    const school = await requireManagedSchool(tx, input.viewer, input.schoolId);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { deletedAt: true } });
    if (user === null || user.deletedAt !== null) throw notFound('That user');
    // Adding twice is harmless: the second add finds the row and changes nothing.
    await tx.schoolMember.upsert({
      where: { schoolId_userId_role: { schoolId: input.schoolId, userId: input.userId, role: input.role } },
      create: { schoolId: input.schoolId, userId: input.userId, role: input.role },
      update: {},
    });
    // Consumers mirror membership per person and school (whatever the role); a repeat add is harmless to them.
    await emitEvent(tx, 'users', 'SchoolMemberAdded', { schoolId: input.schoolId, userId: input.userId });
    if (input.role === 'admin') await addRole(tx, input.userId, 'school_admin');
    return school;
  });
}

export async function removeSchoolMember(
  prisma: PrismaClient,
  input: { viewer: Viewer; schoolId: string; userId: string; role: SchoolRole },
): Promise<School> {
  return prisma.$transaction(async (tx) => {
    const school = await requireManagedSchool(tx, input.viewer, input.schoolId);
    if (input.role === 'student') {
      const key = { schoolId_userId_role: { schoolId: input.schoolId, userId: input.userId, role: input.role } };
      const student = await tx.schoolMember.findUnique({ where: key });
      if (student === null) throw notFound('That student membership');
      await tx.schoolMember.delete({ where: key });
      // A removed student's consent ends with the membership, as when they leave themselves.
      await announceStudentRemoved(tx, student, new Date());
      return school;
    }
    const removed = await tx.schoolMember.deleteMany({
      where: { schoolId: input.schoolId, userId: input.userId, role: input.role },
    });
    if (removed.count === 0) throw notFound(`That ${input.role} membership`);
    // The person stays a member of the school while they hold another role in it.
    const remainingRoles = await tx.schoolMember.count({ where: { schoolId: input.schoolId, userId: input.userId } });
    if (remainingRoles === 0) await emitEvent(tx, 'users', 'SchoolMemberRemoved', { schoolId: input.schoolId, userId: input.userId });
    if (input.role === 'admin') {
      const stillAdmin = await tx.schoolMember.count({ where: { userId: input.userId, role: 'admin' } });
      if (stillAdmin === 0) await removeRole(tx, input.userId, 'school_admin');
    }
    return school;
  });
}

export type MembershipWithPeople = SchoolMember & { school: School; user: User };

/** Staff (admins and teachers) of many schools in one statement, grouped by school id. Students are listed apart. */
export async function membersOfSchools(db: Db, schoolIds: readonly string[]): Promise<Map<string, MembershipWithPeople[]>> {
  const rows = await db.schoolMember.findMany({
    where: { schoolId: { in: [...schoolIds] }, role: { in: ['admin', 'teacher'] } },
    include: { school: true, user: true },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
  });
  return groupBy(rows, (row) => row.schoolId, (row) => row);
}

/** Memberships of many people in one statement, grouped by user id. */
export async function membershipsOfUsers(db: Db, userIds: readonly string[]): Promise<Map<string, MembershipWithPeople[]>> {
  const rows = await db.schoolMember.findMany({
    where: { userId: { in: [...userIds] } },
    include: { school: true, user: true },
    orderBy: { createdAt: 'asc' },
  });
  return groupBy(rows, (row) => row.userId, (row) => row);
}
