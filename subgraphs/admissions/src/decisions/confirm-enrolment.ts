// An accepted applicant takes their place: the application moves from decided (accepted) to enrolled,
// recorded as the applicant's own step. Anything but an accepted decision is a CONFLICT.
import type { Application, PrismaClient } from '../../../kit/src/db';
import { notFound } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';
import { lockApplication } from '../applications/transition-application';
import { enrolApplication } from './enrol-application';

export interface ConfirmEnrolmentInput {
  applicationId: string;
  /** The person confirming; must be the application's applicant. */
  applicantId: string;
  /** @default new Date() */
  now?: Date;
}

export async function confirmEnrolment(prisma: PrismaClient, input: ConfirmEnrolmentInput): Promise<Application> {
  if (!isUuid(input.applicationId)) throw notFound('That application');
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    // Someone else's application is reported as missing, as everywhere else, so ids cannot be probed.
    if (application.applicantId !== input.applicantId) throw notFound('That application');
    return enrolApplication(tx, { applicationId: application.id, applicantId: input.applicantId, now: input.now });
  });
}
