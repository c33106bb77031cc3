// Who works on an application: one of its program's admissions officers, or nobody. Only an officer
// of the program can be assigned, so the assignee always sees the application in their queue.
import type { Application, Db } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';

export interface AssignApplicationInput {
  applicationId: string;
  /** The officer to assign; null leaves the application unassigned. */
  officerId: string | null;
}

/** Sets the assignee; BAD_USER_INPUT on `officerId` when they are not an officer of the program. */
export async function assignApplication(db: Db, input: AssignApplicationInput): Promise<Application> {
  const application = isUuid(input.applicationId)
    ? await db.application.findUnique({ where: { id: input.applicationId }, select: { id: true, status: true, intake: { select: { programId: true } } } })
    : null;
  if (!application) throw notFound('That application');
  // A draft is still the applicant's; it reaches staff when it is submitted.
  if (application.status === 'draft') throw conflict('This application is still a draft; it can be assigned once it is submitted.');
  if (input.officerId !== null) {
    const programId = application.intake.programId;
    const isOfficer = isUuid(input.officerId) && (await db.programOfficer.findUnique({ where: { programId_userId: { programId, userId: input.officerId } } })) !== null;
    if (!isOfficer) throw badInput('Choose one of the program’s admissions officers; that person does not work on this program.', 'officerId');
  }
  return db.application.update({ where: { id: application.id }, data: { assignedOfficerId: input.officerId } });
}
