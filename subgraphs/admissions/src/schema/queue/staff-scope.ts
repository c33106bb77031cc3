// The applications the viewer works on as staff, as a Prisma filter; FORBIDDEN for anyone who is
// neither an admissions officer of some program nor an admin.
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Prisma } from '../../../../kit/src/db';
import { forbidden } from '../../../../kit/src/errors';
import { staffApplicationsWhere } from '../../applications/application-access';
import { viewerOfficerProgramIds } from '../applications/viewer-access';

export async function viewerStaffScope(context: SubgraphContext): Promise<Prisma.ApplicationWhereInput> {
  const scope = staffApplicationsWhere(context.viewer, await viewerOfficerProgramIds(context));
  if (!scope) throw forbidden('Only admissions officers and admins work on applications.');
  return scope;
}
