// An accepted applicant confirms their place and becomes enrolled; the workflow refuses anything but an
// accepted decision.
import type { Application, Db } from '../../../kit/src/db';
import { transitionApplication } from '../applications/transition-application';

export interface EnrolApplicationInput {
  applicationId: string;
  /** Why, for the audit trail. @default "Place confirmed" */
  note?: string;
  /** @default new Date() */
  now?: Date;
}

export const ENROLMENT_NOTE = 'Place confirmed';

/** Moves a decided, accepted application to enrolled (actor: the platform) in the caller's transaction. */
export async function enrolApplication(tx: Db, input: EnrolApplicationInput): Promise<Application> {
  return transitionApplication(tx, {
    applicationId: input.applicationId,
    to: 'enrolled',
    actor: 'platform',
    actorId: null,
    note: input.note ?? ENROLMENT_NOTE,
    now: input.now,
  });
}
