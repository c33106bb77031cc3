// Which programs a person works on as an admissions officer.
import type { Db } from '../../../kit/src/db';

export async function officerProgramIds(db: Db, userId: string): Promise<Set<string>> {
  const rows = await db.programOfficer.findMany({ where: { userId }, select: { programId: true } });
  return new Set(rows.map((row) => row.programId));
}
