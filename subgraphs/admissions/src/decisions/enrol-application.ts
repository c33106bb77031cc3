// An accepted applicant confirms their place and becomes enrolled; the workflow refuses anything but an
// accepted decision.
import type { Application, Db } from '../../../kit/src/db';
import { transitionApplication } from '../applications/transition-application';

export interface EnrolApplicationInput {
  applicationId: string;
  /** The applicant confirming their own place; the step is then theirs. @default the platform */
  applicantId?: string;
  /** Why, for the audit trail. @default "Place confirmed" */
  note?: string;
  /** @default new Date() */
  now?: Date;
}

export const ENROLMENT_NOTE = 'Place confirmed';

/**
 * Moves a decided, accepted application to enrolled in the caller's transaction, recorded as the
 * applicant's step when `applicantId` is given and as the platform's otherwise.
 */
export async function enrolApplication(tx: Db, input: EnrolApplicationInput): Promise<Application> {
  return transitionApplication(tx, {
    applicationId: input.applicationId,
    to: 'enrolled',
    actor: input.applicantId === undefined ? 'platform' : 'applicant',
    actorId: input.applicantId ?? null,
    note: input.note ?? ENROLMENT_NOTE,
    now: input.now,
  });
}
