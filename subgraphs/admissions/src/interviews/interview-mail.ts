// The mail that goes with every change to a booked interview: the applicant and the officer each get a
// message with their own calendar file (an iCalendar REQUEST, or a CANCEL that removes the event). It is
// queued in the transaction that makes the change, so a refused or rolled-back change never mails anyone.
import type { Db } from '../../../kit/src/db';
import { requestPersonMail } from '../../../kit/src/mail/person-mail';
import { interviewCancellation, interviewInvite, type CalendarPerson, type InvitedInterview } from './interview-invite';
import { RESCHEDULE_CUTOFF_HOURS } from './interview-rules';

/** Who invites arrive from. Admissions holds no email addresses (users does), so it is the office's own. */
export const INTERVIEW_ORGANIZER: CalendarPerson = { name: 'ScrollForge Admissions', email: 'admissions@scrollforge.app' };

export const INVITE_FILENAME = 'interview.ics';
export const INVITE_CONTENT_TYPE = 'text/calendar; method=REQUEST; charset=utf-8';
export const CANCELLATION_CONTENT_TYPE = 'text/calendar; method=CANCEL; charset=utf-8';

type Reader = 'applicant' | 'officer';

export interface InterviewMailContext {
  programName: string;
  applicantId: string;
  /** When the change was made (the calendar files' DTSTAMP). */
  now: Date;
}

const when = (interview: InvitedInterview) =>
  `${interview.startsAt.toISOString().slice(0, 16).replace('T', ' ')} to ${interview.endsAt.toISOString().slice(11, 16)} UTC`;
const where = (interview: InvitedInterview) => (interview.location === null ? '' : ` (${interview.location})`);

async function sendInvite(tx: Db, userId: string, reader: Reader, interview: InvitedInterview, context: InterviewMailContext, subject: string, text: string) {
  const content = interviewInvite(interview, { role: reader, programName: context.programName, organizer: INTERVIEW_ORGANIZER, generatedAt: context.now });
  await requestPersonMail(tx, 'admissions', { userId, subject, text, attachments: [{ filename: INVITE_FILENAME, contentType: INVITE_CONTENT_TYPE, content }] });
}

async function sendCancellation(tx: Db, userId: string, reader: Reader, interview: InvitedInterview, context: InterviewMailContext, text: string) {
  const content = interviewCancellation(interview, { role: reader, programName: context.programName, organizer: INTERVIEW_ORGANIZER, generatedAt: context.now });
  await requestPersonMail(tx, 'admissions', {
    userId,
    subject: `Interview cancelled: ${context.programName}`,
    text,
    attachments: [{ filename: INVITE_FILENAME, contentType: CANCELLATION_CONTENT_TYPE, content }],
  });
}

/** A new booking: both sides get the invite. */
export async function mailInterviewBooked(tx: Db, interview: InvitedInterview & { officerId: string }, context: InterviewMailContext): Promise<void> {
  await sendInvite(
    tx,
    context.applicantId,
    'applicant',
    interview,
    context,
    `Your admissions interview: ${context.programName}`,
    `Your admissions interview for ${context.programName} is booked for ${when(interview)}${where(interview)}.\n\n` +
      `The attached calendar file adds it to your calendar. You can move it up to ${RESCHEDULE_CUTOFF_HOURS} hours before it starts.`,
  );
  await sendInvite(
    tx,
    interview.officerId,
    'officer',
    interview,
    context,
    `Applicant interview booked: ${context.programName}`,
    `An applicant to ${context.programName} booked your interview slot on ${when(interview)}${where(interview)}.\n\nRecord your notes and a score once it has taken place.`,
  );
}

/**
 * A move to another slot: the applicant's calendar event moves; the officer's moves too, unless the new
 * slot is another officer's, in which case the old officer's event is cancelled and the new one invited.
 */
export async function mailInterviewMoved(
  tx: Db,
  previous: InvitedInterview & { officerId: string },
  moved: InvitedInterview & { officerId: string },
  context: InterviewMailContext,
): Promise<void> {
  await sendInvite(
    tx,
    context.applicantId,
    'applicant',
    moved,
    context,
    `Your admissions interview moved: ${context.programName}`,
    `Your admissions interview for ${context.programName} moved from ${when(previous)} to ${when(moved)}${where(moved)}.\n\nThe attached calendar file updates the event in your calendar.`,
  );
  if (previous.officerId !== moved.officerId) {
    // The old officer's copy shares the UID, so a CANCEL at the new sequence removes it from their calendar.
    await sendCancellation(
      tx,
      previous.officerId,
      'officer',
      { ...previous, sequence: moved.sequence },
      context,
      `The applicant interview for ${context.programName} on ${when(previous)} moved to another officer's slot; it is off your calendar.`,
    );
  }
  await sendInvite(
    tx,
    moved.officerId,
    'officer',
    moved,
    context,
    previous.officerId === moved.officerId ? `Applicant interview moved: ${context.programName}` : `Applicant interview booked: ${context.programName}`,
    previous.officerId === moved.officerId
      ? `The applicant interview for ${context.programName} moved from ${when(previous)} to ${when(moved)}${where(moved)}.`
      : `An applicant to ${context.programName} moved their interview to your slot on ${when(moved)}${where(moved)}.\n\nRecord your notes and a score once it has taken place.`,
  );
}

/** A cancellation: both sides get the CANCEL that removes the event. */
export async function mailInterviewCancelled(tx: Db, cancelled: InvitedInterview & { officerId: string }, context: InterviewMailContext & { reason?: string }): Promise<void> {
  const why = context.reason?.trim() ? `\n\nReason given: ${context.reason.trim()}` : '';
  await sendCancellation(
    tx,
    context.applicantId,
    'applicant',
    cancelled,
    context,
    `Your admissions interview for ${context.programName} on ${when(cancelled)} was cancelled.${why}\n\nBook another time from your application when you are ready.`,
  );
  await sendCancellation(tx, cancelled.officerId, 'officer', cancelled, context, `The applicant interview for ${context.programName} on ${when(cancelled)} was cancelled.${why}`);
}
