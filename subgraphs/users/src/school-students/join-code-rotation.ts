// Rotating a school's join code: a new code replaces the old one, which stops working at once.
import type { PrismaClient, School } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { forbidden, notFound } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { canManageSchool } from '../schools';
import { generateJoinCode } from './join-code';

/** New codes tried before giving up; a clash among 31^10 codes is already vanishingly rare. */
const ROTATION_ATTEMPTS = 5;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Gives the school a new join code. Its admins and platform admins only. */
export async function rotateSchoolJoinCode(prisma: PrismaClient, viewer: Viewer, schoolId: string): Promise<School> {
  const school = await prisma.school.findUnique({ where: { id: schoolId }, select: { id: true } });
  if (school === null) throw notFound('That school');
  if (!(await canManageSchool(prisma, viewer, schoolId))) {
    throw forbidden('Only this school’s admins or platform admins can change its join code.');
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.school.update({ where: { id: schoolId }, data: { joinCode: generateJoinCode() } });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= ROTATION_ATTEMPTS) throw error;
    }
  }
}
