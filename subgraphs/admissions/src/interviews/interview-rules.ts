// The rules interviews follow, in one place: how long a slot may be, how often and how late an applicant
// may move a booking, and the transaction limits of the booking paths.
import type { Db, Interview } from '../../../kit/src/db';
import { forbidden, notFound } from '../../../kit/src/errors';

/** Shorter than this is not an interview; longer tires both sides and blocks an officer's day. */
export const MIN_SLOT_MINUTES = 15;
export const MAX_SLOT_MINUTES = 180;
/** Slots one call may publish: a few weeks of an officer's calendar. */
export const MAX_SLOTS_PER_PUBLISH = 100;
export const MAX_LOCATION_LENGTH = 300;
export const DEFAULT_LOCATION = 'Online';

/** An applicant may move a booked interview this often. */
export const MAX_RESCHEDULES = 2;
/** Inside this window before the start the officer has planned the day around it; moving it is refused. */
export const RESCHEDULE_CUTOFF_HOURS = 24;

export const MAX_NOTES_LENGTH = 20_000;
export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

/**
 * Interactive transaction limits for booking, moving and cancelling: everyone after one popular slot
 * queues on its row lock while holding a pooled connection, so they wait longer than Prisma's 2-second
 * default for a connection; waiting is right here, failing the booking is not.
 */
export const INTERVIEW_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export const minutesBetween = (start: Date, end: Date) => (end.getTime() - start.getTime()) / 60_000;

/** An interview that holds a slot right now (not cancelled). */
export type BookedInterviewRow = Interview & { slotId: string; cancelledAt: null };

export const isBooked = (interview: Interview): interview is BookedInterviewRow => interview.slotId !== null && interview.cancelledAt === null;

/** The application's booked interview; NOT_FOUND when none is booked (never booked, or cancelled). */
export async function findInterview(tx: Db, applicationId: string): Promise<BookedInterviewRow> {
  const interview = await tx.interview.findUnique({ where: { applicationId } });
  if (!interview || !isBooked(interview)) throw notFound('A booked interview for that application');
  return interview;
}

/** The program an application applies to (through its intake), with the name invites show. */
export async function programOfIntake(tx: Db, intakeId: string): Promise<{ id: string; name: string }> {
  const intake = await tx.programIntake.findUniqueOrThrow({ where: { id: intakeId }, select: { program: { select: { id: true, name: true } } } });
  return intake.program;
}

/** The program an application applies to (through its intake). */
export async function programOfApplication(tx: Db, intakeId: string): Promise<string> {
  const intake = await tx.programIntake.findUniqueOrThrow({ where: { id: intakeId }, select: { programId: true } });
  return intake.programId;
}

/**
 * FORBIDDEN unless `officerId` is an admissions officer of the program. Administrators work on every
 * program without an assignment, so `isAdmin` lets them through. @default isAdmin false
 */
export async function assertProgramOfficer(tx: Db, programId: string, officerId: string, isAdmin = false): Promise<void> {
  if (isAdmin) return;
  const assignment = await tx.programOfficer.findUnique({ where: { programId_userId: { programId, userId: officerId } } });
  if (!assignment) throw forbidden('Only admissions officers of this program can do this.');
}
