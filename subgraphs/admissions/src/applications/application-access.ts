// Who may read an application and in what capacity. An applicant reads their own; an admissions officer
// reads the applications of the programs they are assigned to; an admin reads every one. Anyone else
// reads nothing, and the GraphQL layer reports it as missing so ids cannot be probed.
import type { Prisma } from '../../../kit/src/db';
import { hasRole, type Viewer } from '../../../kit/src/viewer';

/** The capacity a viewer reads an application in. Staff (officer, admin) also see internal fields. */
export type ApplicationRole = 'applicant' | 'officer' | 'admin';

export interface ApplicationScope {
  applicantId: string;
  /** The application's program (through its intake). */
  programId: string;
}

/**
 * The viewer's role on one application, or null when they may not read it. Applicant wins over staff:
 * an officer or admin who applies is an applicant on their own application and cannot assess it.
 */
export function applicationRoleOf(viewer: Viewer, application: ApplicationScope, officerProgramIds: ReadonlySet<string>): ApplicationRole | null {
  if (viewer.kind !== 'user') return null;
  if (application.applicantId === viewer.id) return 'applicant';
  if (hasRole(viewer, 'admin')) return 'admin';
  if (officerProgramIds.has(application.programId)) return 'officer';
  return null;
}

export const isStaffRole = (role: ApplicationRole | null): role is 'officer' | 'admin' => role === 'officer' || role === 'admin';

/** A filter for the applications the viewer may read; null when they may read none. */
export function readableApplicationsWhere(viewer: Viewer, officerProgramIds: ReadonlySet<string>): Prisma.ApplicationWhereInput | null {
  if (viewer.kind !== 'user') return null;
  if (hasRole(viewer, 'admin')) return {};
  return { OR: [{ applicantId: viewer.id }, ...(officerProgramIds.size > 0 ? [{ intake: { programId: { in: [...officerProgramIds] } } }] : [])] };
}

/**
 * A filter for the applications the viewer works on as staff (the queue); null when they are not staff.
 * Their own applications are never among them.
 */
export function staffApplicationsWhere(viewer: Viewer, officerProgramIds: ReadonlySet<string>): Prisma.ApplicationWhereInput | null {
  if (viewer.kind !== 'user') return null;
  const notOwn: Prisma.ApplicationWhereInput = { applicantId: { not: viewer.id } };
  if (hasRole(viewer, 'admin')) return notOwn;
  if (officerProgramIds.size === 0) return null;
  return { AND: [notOwn, { intake: { programId: { in: [...officerProgramIds] } } }] };
}
