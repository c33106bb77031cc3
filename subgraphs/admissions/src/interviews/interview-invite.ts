// Calendar invites for a booked interview (RFC 5545, iTIP METHOD:REQUEST) and their cancellations
// (METHOD:CANCEL), one text per reader: the applicant's says what to expect, the officer's what to do.
// Every version of one interview shares its UID and carries a higher SEQUENCE than the last (the
// interview's own `sequence`, which grows with every booking, move and cancellation), so a calendar app
// moves or removes the event it already has instead of adding another.
import type { Interview } from '../../../kit/src/db';
import { escapeText, foldLine, formatUtcDateTime } from '../../../courses/src/planning/ical';
import { RESCHEDULE_CUTOFF_HOURS } from './interview-rules';

export const INTERVIEW_PRODUCT_ID = '-//ScrollForge//Admissions interviews//EN';

/** Someone named in an invite. */
export interface CalendarPerson {
  name: string;
  email: string;
}

/** What an invite needs of an interview: the booking, its revision and where it happens (null: not known any more). */
export type InvitedInterview = Pick<Interview, 'applicationId' | 'startsAt' | 'endsAt' | 'sequence'> & { location: string | null };

export interface InterviewInviteOptions {
  /** Whose calendar the text is for: the wording differs. */
  role: 'applicant' | 'officer';
  programName: string;
  /** The admissions office or officer sending it; replies go here. */
  organizer: CalendarPerson;
  /** The other party, listed as an attendee. @default none */
  attendee?: CalendarPerson;
  /** DTSTAMP: when this text was produced. @default the current time */
  generatedAt?: Date;
}

/** Stable for the life of an application's interview, whatever slot it moves to. */
export const interviewUid = (applicationId: string) => `interview-${applicationId}@admissions.scrollforge`;

/** A parameter value is quoted, and may not hold quotes or control characters at all. */
const parameterValue = (value: string) => `"${value.replace(/["\p{Cc}]/gu, '')}"`;
const mailto = (email: string) => `mailto:${email.replace(/[\s\p{Cc}]/gu, '')}`;

function summaryFor(role: InterviewInviteOptions['role'], programName: string): string {
  return role === 'applicant' ? `Admissions interview: ${programName}` : `Applicant interview: ${programName}`;
}

function descriptionFor(role: InterviewInviteOptions['role'], programName: string): string {
  return role === 'applicant'
    ? `Your admissions interview for ${programName}.\nYou can move it up to ${RESCHEDULE_CUTOFF_HOURS} hours before it starts.`
    : `Admissions interview with an applicant to ${programName}.\nRecord your notes and a score once it has taken place.`;
}

function render(interview: InvitedInterview, options: InterviewInviteOptions, method: 'REQUEST' | 'CANCEL'): string {
  const cancelled = method === 'CANCEL';
  const people = [
    `ORGANIZER;CN=${parameterValue(options.organizer.name)}:${mailto(options.organizer.email)}`,
    ...(options.attendee
      ? [`ATTENDEE;CN=${parameterValue(options.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${cancelled ? 'DECLINED' : 'NEEDS-ACTION'}:${mailto(options.attendee.email)}`]
      : []),
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${INTERVIEW_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(interviewUid(interview.applicationId))}`,
    // Stored on the interview and raised by every change, so a cancellation outranks the invite before it.
    `SEQUENCE:${interview.sequence}`,
    `DTSTAMP:${formatUtcDateTime(options.generatedAt ?? new Date())}`,
    `DTSTART:${formatUtcDateTime(interview.startsAt)}`,
    `DTEND:${formatUtcDateTime(interview.endsAt)}`,
    `SUMMARY:${escapeText(`${cancelled ? 'Cancelled: ' : ''}${summaryFor(options.role, options.programName)}`)}`,
    `DESCRIPTION:${escapeText(cancelled ? `This interview for ${options.programName} was cancelled.` : descriptionFor(options.role, options.programName))}`,
    ...(interview.location === null ? [] : [`LOCATION:${escapeText(interview.location)}`]),
    ...people,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** The invite to a booked (or moved) interview, as an iCalendar REQUEST. */
export function interviewInvite(interview: InvitedInterview, options: InterviewInviteOptions): string {
  return render(interview, options, 'REQUEST');
}

/** The notice that removes a cancelled interview from the reader's calendar, as an iCalendar CANCEL. */
export function interviewCancellation(interview: InvitedInterview, options: InterviewInviteOptions): string {
  return render(interview, options, 'CANCEL');
}
