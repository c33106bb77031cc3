// School licences: a student claims one seat with a code (once per code, once per person per
// licence, never after it expires); the school's buyer and admins see the seats and who claimed them.
import type { Db, LicenceCode, PrismaClient, SchoolLicence } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import { hasRole, type Viewer } from '../../../kit/src/viewer';
import { grantCourseAccess } from './access-events';
import { normalizeCode } from './cart-codes';

export type LicenceWithCodes = SchoolLicence & { codes: LicenceCode[] };

export interface LicenceClaim {
  licenceId: string;
  code: string;
  courseIds: string[];
}

async function licenceCourseIds(db: Db, licence: SchoolLicence): Promise<string[]> {
  if (licence.courseId) return [licence.courseId];
  const rows = await db.bundleCourse.findMany({ where: { bundleId: licence.bundleId! }, orderBy: { courseId: 'asc' } });
  return rows.map((row) => row.courseId);
}

export async function claimLicenceCode(prisma: PrismaClient, viewer: Viewer, rawCode: string, now = new Date()): Promise<LicenceClaim> {
  const userId = signedInViewerId(viewer);
  const code = normalizeCode(rawCode);
  if (code === '' || code.length > 64) throw badInput('Type the licence code your school gave you.', 'code');
  return prisma.$transaction(async (tx) => {
    const found = await tx.licenceCode.findUnique({ where: { code }, include: { licence: true } });
    if (!found) throw notFound('That licence code');
    if (found.licence.expiresAt <= now) throw conflict('This licence code has expired. Ask your school for a new one.');
    if (found.claimedById === userId) throw conflict('You have already claimed this code.');
    // One seat per person per licence: a second code would only waste a seat.
    const alreadySeated = await tx.licenceCode.findFirst({ where: { licenceId: found.licenceId, claimedById: userId } });
    if (alreadySeated) throw conflict('You already hold a seat of this licence.');
    const claimed = await tx.licenceCode.updateMany({ where: { id: found.id, claimedById: null }, data: { claimedById: userId, claimedAt: now } });
    if (claimed.count !== 1) throw conflict('This licence code has already been used. Ask your school for another.');
    const courseIds = await licenceCourseIds(tx, found.licence);
    for (const courseId of courseIds) await grantCourseAccess(tx, { userId, courseId, orderId: found.licence.orderId });
    return { licenceId: found.licenceId, code, courseIds };
  });
}

/**
 * A school's licences. School rosters live in the users domain and its membership events carry no
 * role, so this domain answers to the person who bought the licence (a school administrator) and to
 * platform admins.
 */
export async function schoolLicences(prisma: PrismaClient, viewer: Viewer, schoolId: string): Promise<LicenceWithCodes[]> {
  const viewerId = signedInViewerId(viewer);
  if (!isUuid(schoolId)) return [];
  const licences = await prisma.schoolLicence.findMany({
    where: { schoolId },
    include: { codes: { orderBy: { code: 'asc' } } },
    orderBy: { createdAt: 'desc' },
  });
  if (hasRole(viewer, 'admin')) return licences;
  const bought = await prisma.order.findMany({ where: { id: { in: licences.map((licence) => licence.orderId) }, userId: viewerId }, select: { id: true } });
  const mine = new Set(bought.map((order) => order.id));
  return licences.filter((licence) => mine.has(licence.orderId));
}
