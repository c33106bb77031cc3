// Officers' internal notes on an application: kept for staff, never shown to the applicant.
import type { ApplicationNote, Db } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';

export const MAX_NOTE_LENGTH = 5000;

export interface AddApplicationNoteInput {
  applicationId: string;
  /** The officer or admin writing it (the caller has checked they work on the application). */
  authorId: string;
  /** 1–5,000 characters once trimmed. */
  body: string;
}

/** The body trimmed; BAD_USER_INPUT on field `body` when it is empty or too long. */
export function normalizeNoteBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.length === 0) throw badInput('Write something in the note.', 'body');
  if (trimmed.length > MAX_NOTE_LENGTH) throw badInput(`A note is at most ${MAX_NOTE_LENGTH.toLocaleString('en-US')} characters; split it into several.`, 'body');
  return trimmed;
}

export function addApplicationNote(db: Db, input: AddApplicationNoteInput): Promise<ApplicationNote> {
  return db.applicationNote.create({ data: { applicationId: input.applicationId, authorId: input.authorId, body: normalizeNoteBody(input.body) } });
}
