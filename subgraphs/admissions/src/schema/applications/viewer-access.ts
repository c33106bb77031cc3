// The viewer's standing on applications, read once per request however many applications are checked:
// the programs they work on as an officer, and each application's program through a batched loader.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Application } from '../../../../kit/src/db';
import { forbidden, notFound } from '../../../../kit/src/errors';
import { isUuid } from '../../../../kit/src/uuid';
import { applicationRoleOf, isStaffRole, type ApplicationRole } from '../../applications/application-access';
import { officerProgramIds } from '../../programs/program-officers';

export function viewerOfficerProgramIds(context: SubgraphContext): Promise<Set<string>> {
  return context.loader('admissions.viewerOfficerProgramIds', async () =>
    context.viewer.kind === 'user' ? officerProgramIds(context.prisma, context.viewer.id) : new Set<string>(),
  );
}

/** intakeId → programId, one query per batch. */
function intakeProgramLoader(context: SubgraphContext): DataLoader<string, string> {
  return context.loader('admissions.intakeProgram', () =>
    new DataLoader<string, string>(async (intakeIds) => {
      const rows = await context.prisma.programIntake.findMany({ where: { id: { in: [...intakeIds] } }, select: { id: true, programId: true } });
      const byId = new Map(rows.map((row) => [row.id, row.programId]));
      return intakeIds.map((id) => byId.get(id) ?? new Error(`intake ${id} not found`));
    }),
  );
}

export function programIdOf(context: SubgraphContext, application: Pick<Application, 'intakeId'>): Promise<string> {
  return intakeProgramLoader(context).load(application.intakeId);
}

/** The viewer's role on the application, or null when they may not read it. */
export async function viewerRoleOn(context: SubgraphContext, application: Pick<Application, 'applicantId' | 'intakeId'>): Promise<ApplicationRole | null> {
  if (context.viewer.kind !== 'user') return null;
  const [programs, programId] = await Promise.all([viewerOfficerProgramIds(context), programIdOf(context, application)]);
  return applicationRoleOf(context.viewer, { applicantId: application.applicantId, programId }, programs);
}

export async function isViewerStaffOn(context: SubgraphContext, application: Pick<Application, 'applicantId' | 'intakeId'>): Promise<boolean> {
  return isStaffRole(await viewerRoleOn(context, application));
}

/**
 * The application if the viewer may read it; NOT_FOUND otherwise (someone else's application is
 * reported as missing, so ids cannot be probed).
 */
export async function readableApplication(context: SubgraphContext, applicationId: string): Promise<Application & { role: ApplicationRole }> {
  const application = isUuid(applicationId) ? await context.prisma.application.findUnique({ where: { id: applicationId } }) : null;
  const role = application ? await viewerRoleOn(context, application) : null;
  if (!application || role === null) throw notFound('That application');
  return { ...application, role };
}

/** The application if the viewer works on it as an officer of its program or an admin. */
export async function staffApplication(context: SubgraphContext, applicationId: string): Promise<Application & { role: 'officer' | 'admin' }> {
  const application = await readableApplication(context, applicationId);
  if (!isStaffRole(application.role)) throw forbidden('Only admissions officers of this program can do this.');
  return { ...application, role: application.role };
}

/** The application if the viewer is its applicant. */
export async function ownApplication(context: SubgraphContext, applicationId: string): Promise<Application> {
  const application = await readableApplication(context, applicationId);
  if (context.viewer.kind !== 'user' || application.applicantId !== context.viewer.id) throw notFound('That application');
  return application;
}
