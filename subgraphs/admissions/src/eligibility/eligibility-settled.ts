// Once an application is decided, enrolled or withdrawn its eligibility is part of the record that
// justified the outcome, so neither a new check nor an override may rewrite it.
import type { Application, ApplicationStatus } from '../../../kit/src/db';
import { conflict } from '../../../kit/src/errors';

export const ELIGIBILITY_SETTLED_STATUSES: readonly ApplicationStatus[] = ['decided', 'enrolled', 'withdrawn'];

export function assertEligibilityOpen(application: Pick<Application, 'status'>): void {
  if (ELIGIBILITY_SETTLED_STATUSES.includes(application.status)) {
    throw conflict(`This application is ${application.status}; its eligibility can no longer be checked or overridden.`);
  }
}
