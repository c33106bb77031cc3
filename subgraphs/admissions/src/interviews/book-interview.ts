// An applicant books one of the program's published slots. Everything happens in one transaction: the
// slot is taken, the interview recorded and the application moved to interview_scheduled, or nothing is.
import type { Application, ApplicationStatus, Db, Interview, PrismaClient } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import { INTERVIEW_TRANSACTION_OPTIONS, programOfApplication } from './interview-rules';
import { claimSlot } from './slot-claims';

/** An interview with the place it happens, as invites and confirmations show it. */
export type BookedInterview = Interview & { location: string };

export interface BookInterviewInput {
  applicationId: string;
  /** The signed-in applicant; only the application's own applicant may book. */
  applicantId: string;
  slotId: string;
  now: Date;
}

export interface BookInterviewResult {
  interview: BookedInterview;
  application: Application;
}

const words = (status: ApplicationStatus) => status.replace(/_/g, ' ');

/** The application locked for the rest of the transaction, if it is the applicant's own. */
export async function lockOwnApplication(tx: Db, applicationId: string, applicantId: string): Promise<Application> {
  const application = await lockApplication(tx, applicationId);
  // Someone else's application is reported as missing, so ids cannot be probed.
  if (application.applicantId !== applicantId) throw notFound('That application');
  return application;
}

function assertReadyForInterview(status: ApplicationStatus): void {
  if (status === 'spiritual_evaluation') return;
  if (status === 'interview_scheduled') throw conflict('An interview is already booked for this application; reschedule it instead.');
  throw conflict(`Interviews are booked after the spiritual evaluation; this application is ${words(status)}.`);
}

/**
 * Books the slot for the applicant's application. NOT_FOUND for an unknown slot or someone else's
 * application; CONFLICT when the application is not waiting for an interview, the slot is another
 * program's or already started, or someone else took it first ("That slot was just taken, pick another.").
 */
export async function bookInterview(prisma: PrismaClient, input: BookInterviewInput): Promise<BookInterviewResult> {
  return prisma.$transaction(async (tx) => {
    // The application's lock serializes two bookings of one application; the slot's row serializes two
    // applicants after one slot.
    const application = await lockOwnApplication(tx, input.applicationId, input.applicantId);
    assertReadyForInterview(application.status);
    const programId = await programOfApplication(tx, application.intakeId);
    const slot = await claimSlot(tx, { slotId: input.slotId, applicationId: application.id, programId, now: input.now });
    const interview = await tx.interview.create({
      data: { applicationId: application.id, slotId: slot.id, officerId: slot.officerId, startsAt: slot.startsAt, endsAt: slot.endsAt },
    });
    const moved = await transitionApplication(tx, {
      applicationId: application.id,
      to: 'interview_scheduled',
      actor: 'applicant',
      actorId: input.applicantId,
      note: `Interview booked for ${slot.startsAt.toISOString()}.`,
      now: input.now,
    });
    return { interview: { ...interview, location: slot.location }, application: moved };
  }, INTERVIEW_TRANSACTION_OPTIONS);
}
