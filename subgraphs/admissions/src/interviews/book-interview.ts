// An applicant books one of the program's published slots, once an officer has scored their spiritual
// evaluation. Everything happens in one transaction: the slot is taken, the interview recorded, the
// application moved to interview_scheduled and the invites queued, or nothing is. A booking after a
// cancellation reuses the interview's row, so its reschedule count and calendar SEQUENCE carry on.
import type { Application, ApplicationStatus, Db, Interview, PrismaClient } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import { mailInterviewBooked } from './interview-mail';
import { INTERVIEW_TRANSACTION_OPTIONS, MAX_RESCHEDULES, isBooked, programOfIntake } from './interview-rules';
import { claimSlot } from './slot-claims';

/** An interview with the place it happens, as invites and confirmations show it. */
export type BookedInterview = Interview & { location: string };

export interface BookInterviewInput {
  applicationId: string;
  /** The application's applicant: an applicant books only their own. */
  applicantId: string;
  slotId: string;
  now: Date;
  /**
   * Staff (already authorized for the program by the caller) booking on the applicant's behalf, e.g. after
   * the applicant used up their moves. Not counted as a move. @default the applicant books
   */
  bookedByStaffId?: string;
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

/** Interviews come after the spiritual evaluation: an officer must have scored it. */
async function assertEvaluationScored(tx: Db, applicationId: string): Promise<void> {
  const evaluation = await tx.spiritualEvaluation.findUnique({ where: { applicationId }, select: { confirmedAt: true } });
  if (!evaluation?.confirmedAt) throw conflict('Interviews are booked once an admissions officer has scored your spiritual evaluation; please wait for that.');
}

/**
 * Whether the interview's last cancellation was the applicant's own: booking again after that is a move
 * of the interview, and counts against MAX_RESCHEDULES like one. An officer's cancellation does not.
 */
async function cancelledByApplicant(tx: Db, application: Pick<Application, 'id' | 'applicantId'>): Promise<boolean> {
  const cancellation = await tx.applicationTransition.findFirst({
    where: { applicationId: application.id, fromStatus: 'interview_scheduled', toStatus: 'spiritual_evaluation' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { actorId: true },
  });
  return cancellation?.actorId === application.applicantId;
}

function assertReadyForInterview(status: ApplicationStatus): void {
  if (status === 'spiritual_evaluation') return;
  if (status === 'interview_scheduled') throw conflict('An interview is already booked for this application; reschedule it instead.');
  throw conflict(`Interviews are booked after the spiritual evaluation; this application is ${words(status)}.`);
}

/**
 * Books the slot for the applicant's application. NOT_FOUND for an unknown slot or someone else's
 * application; CONFLICT when the application is not waiting for an interview or its spiritual evaluation
 * is not scored, a rebooking after the applicant's own cancellation would exceed MAX_RESCHEDULES, the slot
 * is another program's or already started, or someone else took it first ("That slot was just taken,
 * pick another.").
 */
export async function bookInterview(prisma: PrismaClient, input: BookInterviewInput): Promise<BookInterviewResult> {
  return prisma.$transaction(async (tx) => {
    // The application's lock serializes two bookings of one application; the slot's row serializes two
    // applicants after one slot.
    const application = await lockOwnApplication(tx, input.applicationId, input.applicantId);
    const byStaff = input.bookedByStaffId !== undefined;
    assertReadyForInterview(application.status);
    await assertEvaluationScored(tx, application.id);
    const program = await programOfIntake(tx, application.intakeId);
    const previous = await tx.interview.findUnique({ where: { applicationId: application.id } });
    if (previous !== null && isBooked(previous)) throw conflict('An interview is already booked for this application; reschedule it instead.');
    const countsAsMove = !byStaff && previous !== null && (await cancelledByApplicant(tx, application));
    if (countsAsMove && previous.reschedules >= MAX_RESCHEDULES) {
      throw conflict(
        `You have already moved this interview ${MAX_RESCHEDULES} times, the most allowed, before cancelling it; contact the admissions office to arrange a new time.`,
      );
    }
    const slot = await claimSlot(tx, { slotId: input.slotId, applicationId: application.id, programId: program.id, now: input.now });
    const booking = { slotId: slot.id, officerId: slot.officerId, startsAt: slot.startsAt, endsAt: slot.endsAt };
    const interview: Interview =
      previous === null
        ? await tx.interview.create({ data: { applicationId: application.id, ...booking } })
        : await tx.interview.update({
            where: { applicationId: application.id },
            data: { ...booking, cancelledAt: null, sequence: { increment: 1 }, ...(countsAsMove ? { reschedules: { increment: 1 } } : {}) },
          });
    const moved = await transitionApplication(tx, {
      applicationId: application.id,
      to: 'interview_scheduled',
      actor: byStaff ? 'officer' : 'applicant',
      actorId: input.bookedByStaffId ?? input.applicantId,
      note: `Interview booked for ${slot.startsAt.toISOString()}${byStaff ? ' by the admissions office' : ''}.`,
      now: input.now,
    });
    const booked = { ...interview, location: slot.location };
    await mailInterviewBooked(tx, booked, { programName: program.name, applicantId: application.applicantId, now: input.now });
    return { interview: booked, application: moved };
  }, INTERVIEW_TRANSACTION_OPTIONS);
}
