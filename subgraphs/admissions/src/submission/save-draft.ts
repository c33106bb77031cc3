// Saves part or all of a draft's content. Only the applicant, and only while it is a draft: once
// submitted, what the officers review must not change under them.
import type { Application, Db } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { lockApplication } from '../applications/transition-application';
import { draftUpdate, type DraftChanges } from './draft-changes';
import { fieldProblemsError } from './field-problems';
import { storedPersonalDetails } from './stored-content';

/** Throws CONFLICT unless the application is still a draft. */
export function assertDraft(application: Pick<Application, 'status'>, doing: string): void {
  if (application.status !== 'draft') {
    throw conflict(`This application is ${application.status.replace(/_/g, ' ')}; ${doing} is only possible while it is a draft.`);
  }
}

export async function saveApplicationDraft(tx: Db, input: { applicationId: string; applicantId: string; changes: DraftChanges; now: Date }): Promise<Application> {
  const application = await lockApplication(tx, input.applicationId);
  if (application.applicantId !== input.applicantId) throw notFound('That application');
  assertDraft(application, 'changing it');
  const result = draftUpdate(storedPersonalDetails(application.personalDetails), input.changes, input.now);
  if ('problems' in result) throw fieldProblemsError(result.problems, 'Some of what you entered needs changing:');
  return tx.application.update({ where: { id: application.id }, data: result.update });
}
