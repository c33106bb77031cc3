// The ApplicationAccepted event: users grants the student role and courses enrols the new student in
// the program's first-term courses. Written to the outbox in the transaction that accepts.
import type { Application, Db } from '../../../kit/src/db';
import { emitEvent } from '../../../kit/src/events';
import type { IntakeWithProgram } from './intake-places';

export const APPLICATION_ACCEPTED = 'ApplicationAccepted';

export interface ApplicationAcceptedPayload {
  applicationId: string;
  /** The person who becomes a student. */
  applicantId: string;
  programId: string;
  intakeId: string;
  /** Courses to enrol the student in; copied at acceptance so later program edits don't change it. */
  firstTermCourseIds: string[];
  /** ISO-8601 UTC. */
  acceptedAt: string;
}

export async function emitApplicationAccepted(tx: Db, application: Application, intake: IntakeWithProgram, acceptedAt: Date): Promise<ApplicationAcceptedPayload> {
  const payload: ApplicationAcceptedPayload = {
    applicationId: application.id,
    applicantId: application.applicantId,
    programId: intake.programId,
    intakeId: intake.id,
    firstTermCourseIds: [...intake.program.firstTermCourseIds],
    acceptedAt: acceptedAt.toISOString(),
  };
  await emitEvent(tx, 'admissions', APPLICATION_ACCEPTED, payload);
  return payload;
}
