// After the conversation an officer of the program writes down what was said and a score; the application
// moves on to the committee as interviewed.
import type { Application, Db, Interview } from '../../../kit/src/db';
import { badInput, conflict } from '../../../kit/src/errors';
import { lockApplication, transitionApplication } from '../applications/transition-application';
import { MAX_NOTES_LENGTH, MAX_SCORE, MIN_SCORE, assertProgramOfficer, findInterview, programOfApplication } from './interview-rules';

export interface RecordInterviewInput {
  applicationId: string;
  officerId: string;
  /** The officer is an administrator, who works on every program. @default false */
  isAdmin?: boolean;
  notes: string;
  /** A whole number from 0 to 100. */
  score: number;
  /** @default the current time */
  now?: Date;
}

export interface RecordInterviewResult {
  interview: Interview;
  application: Application;
}

/**
 * Records the interview's notes and score inside the caller's transaction. BAD_USER_INPUT on `notes` or
 * `score`; FORBIDDEN for anyone who is not an officer of the program; CONFLICT when no interview is
 * waiting to be recorded or it has not started yet.
 */
export async function recordInterview(tx: Db, input: RecordInterviewInput): Promise<RecordInterviewResult> {
  const notes = input.notes.trim();
  if (notes === '') throw badInput('Write down what the interview showed; the committee reads these notes.', 'notes');
  if (notes.length > MAX_NOTES_LENGTH) throw badInput(`Interview notes are at most ${MAX_NOTES_LENGTH.toLocaleString('en')} characters.`, 'notes');
  if (!Number.isInteger(input.score) || input.score < MIN_SCORE || input.score > MAX_SCORE) {
    throw badInput(`A score is a whole number from ${MIN_SCORE} to ${MAX_SCORE}.`, 'score');
  }
  const now = input.now ?? new Date();
  const application = await lockApplication(tx, input.applicationId);
  await assertProgramOfficer(tx, await programOfApplication(tx, application.intakeId), input.officerId, input.isAdmin);
  if (application.status !== 'interview_scheduled') throw conflict('Only a booked interview that has not been recorded yet can be recorded.');
  const interview = await findInterview(tx, application.id);
  if (interview.startsAt > now) throw conflict('This interview has not started yet; record it once it has taken place.');
  const recorded = await tx.interview.update({
    where: { applicationId: application.id },
    data: { notes, score: input.score, completedAt: now },
  });
  const moved = await transitionApplication(tx, {
    applicationId: application.id,
    to: 'interviewed',
    actor: 'officer',
    actorId: input.officerId,
    note: `Interview recorded with a score of ${input.score}.`,
    now,
  });
  return { interview: recorded, application: moved };
}
