// Demo data for local runs: one account per role, a parent linked to the student, a school with its
// admin, and the demo course catalog. Idempotent: accounts run once per database, in one transaction;
// the catalog adds only the demo courses that are missing.
import type { PrismaClient } from '../../subgraphs/kit/src';
import { hashPassword } from '../../subgraphs/users/src/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SCHOOL } from './demo-accounts';
import { seedDemoCourses } from './seed-demo-courses';
import { seedDevotions } from './seed-devotions';
import { seedMemoryVerses } from './seed-memory-verses';
import { seedTutors } from './seed-tutors';
import { seedAchievements } from '../../subgraphs/economy/src/achievements/seed-achievements';
import { seedPrices } from './seed-prices';
import { seedAdmissions } from './seed-admissions';
import { BULK_TRANSACTION_OPTIONS } from '../../subgraphs/kit/src/db';

/** Seeds whatever demo data is missing; returns true when it wrote anything. */
export async function seedDemoData(prisma: PrismaClient): Promise<boolean> {
  const seededAccounts = await seedDemoAccounts(prisma);
  // After the accounts: the courses belong to the demo instructor.
  const seededCourses = await seedDemoCourses(prisma);
  // After the courses: each faculty tutor is linked to its faculty.
  const seededTutors = await seedTutors(prisma);
  // After the courses too: the paid demo courses get prices and a bundle.
  const seededPrices = await seedPrices(prisma);
  const seededAchievements = await seedAchievements(prisma);
  const seededMemoryVerses = await seedMemoryVerses(prisma);
  // After the accounts too: the devotions are authored by the demo instructor.
  const seededDevotions = await seedDevotions(prisma);
  // After the accounts and courses: programs list demo courses and the demo officer works on them.
  const seededAdmissions = await seedAdmissions(prisma);
  return (
    seededAccounts || seededCourses || seededPrices || seededTutors || seededAchievements || seededMemoryVerses || seededDevotions || seededAdmissions
  );
}

/** Seeds when the demo admin is missing; returns true when it wrote anything. */
async function seedDemoAccounts(prisma: PrismaClient): Promise<boolean> {
  const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'));
  if (admin && (await prisma.user.findUnique({ where: { email: admin.email } }))) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.user.upsert({
        where: { email: account.email },
        update: {},
        create: {
          email: account.email,
          displayName: account.displayName,
          roles: account.roles,
          grade: account.grade ?? null,
          passwordHash,
          emailVerifiedAt: now,
          country: DEMO_SCHOOL.country,
          timezone: 'Africa/Johannesburg',
        },
      });
      ids.set(account.roles[0] ?? 'student', user.id);
    }
    const parentId = ids.get('parent');
    const studentId = ids.get('student');
    if (parentId && studentId) {
      await tx.parentLink.upsert({
        where: { parentId_childId: { parentId, childId: studentId } },
        update: {},
        create: { parentId, childId: studentId, status: 'confirmed', respondedAt: now },
      });
    }
    const school = await tx.school.upsert({ where: { slug: DEMO_SCHOOL.slug }, update: {}, create: DEMO_SCHOOL });
    const schoolAdminId = ids.get('school_admin');
    const instructorId = ids.get('instructor');
    const members = [
      ...(schoolAdminId ? [{ userId: schoolAdminId, role: 'admin' as const }] : []),
      ...(instructorId ? [{ userId: instructorId, role: 'teacher' as const }] : []),
    ];
    for (const member of members) {
      await tx.schoolMember.upsert({
        where: { schoolId_userId_role: { schoolId: school.id, userId: member.userId, role: member.role } },
        update: {},
        create: { schoolId: school.id, ...member },
      });
    }
  }, BULK_TRANSACTION_OPTIONS);
  return true;
}
