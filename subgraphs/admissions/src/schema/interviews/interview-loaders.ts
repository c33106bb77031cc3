// Per-request batching for the interviews area: slots by id (an interview's place) and applications by
// id (who booked a slot), one query per batch however many interviews or slots a page shows.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Application, InterviewSlot } from '../../../../kit/src/db';
import { hasRole } from '../../../../kit/src/viewer';
import { viewerOfficerProgramIds } from '../applications/viewer-access';

export function slotLoader(context: SubgraphContext): DataLoader<string, InterviewSlot | null> {
  return context.loader('admissions.interviewSlotById', () =>
    new DataLoader<string, InterviewSlot | null>(async (ids) => {
      const rows = await context.prisma.interviewSlot.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

export function applicationLoader(context: SubgraphContext): DataLoader<string, Application | null> {
  return context.loader('admissions.applicationById', () =>
    new DataLoader<string, Application | null>(async (ids) => {
      const rows = await context.prisma.application.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

/** The viewer works on the program: one of its officers, or an admin. */
export async function isViewerStaffOfProgram(context: SubgraphContext, programId: string): Promise<boolean> {
  if (hasRole(context.viewer, 'admin')) return true;
  return (await viewerOfficerProgramIds(context)).has(programId);
}
