// The application workflow's transitions: the documented path works step by step, everything else is
// refused with CONFLICT and a message that says what is possible.
import type { ApplicationStatus } from '../../kit/src/db';
import { assertTransition, canTransition, nextStatuses, WORKFLOW, type WorkflowActor } from '../src/applications/application-workflow';

const STATUSES = Object.keys(WORKFLOW) as ApplicationStatus[];
const ACTORS: WorkflowActor[] = ['applicant', 'officer', 'platform'];

function conflictMessage(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect((error as { extensions?: { code?: string } }).extensions?.code).toBe('CONFLICT');
    return (error as Error).message;
  }
  throw new Error('expected a CONFLICT');
}

test('the documented path from draft to enrolled is allowed, each step by its actor', () => {
  const path: [ApplicationStatus, ApplicationStatus, WorkflowActor][] = [
    ['draft', 'submitted', 'applicant'],
    ['submitted', 'eligibility_review', 'platform'],
    ['eligibility_review', 'spiritual_evaluation', 'officer'],
    ['spiritual_evaluation', 'interview_scheduled', 'applicant'],
    ['interview_scheduled', 'interviewed', 'officer'],
    ['interviewed', 'decided', 'officer'],
  ];
  for (const [from, to, actor] of path) expect(() => assertTransition(from, to, actor)).not.toThrow();
  expect(() => assertTransition('decided', 'enrolled', 'platform', { current: 'accepted' })).not.toThrow();
});

test('an applicant can withdraw from every open status but not from a final one', () => {
  for (const status of STATUSES) {
    const open = status !== 'enrolled' && status !== 'withdrawn';
    expect(canTransition(status, 'withdrawn', 'applicant')).toBe(open);
  }
  expect(conflictMessage(() => assertTransition('enrolled', 'withdrawn', 'applicant'))).toMatch(/enrolled; it cannot change any more/);
});

test('skipping a stage is refused and the message names the next possible step', () => {
  expect(conflictMessage(() => assertTransition('draft', 'decided', 'applicant'))).toBe(
    'An application that is draft can only move to submitted or withdrawn from here, not to decided.',
  );
  expect(conflictMessage(() => assertTransition('submitted', 'interviewed', 'officer'))).toMatch(/only move to eligibility review/);
});

test('applicants cannot take officers’ steps, and officers cannot submit for an applicant', () => {
  expect(canTransition('interviewed', 'decided', 'applicant')).toBe(false);
  expect(canTransition('interview_scheduled', 'interviewed', 'applicant')).toBe(false);
  expect(canTransition('draft', 'submitted', 'officer')).toBe(false);
  expect(conflictMessage(() => assertTransition('interviewed', 'decided', 'applicant'))).toMatch(/withdrawn/);
});

test('only a waitlisted decision is decided again, and only an accepted one enrols', () => {
  expect(() => assertTransition('decided', 'decided', 'platform', { current: 'waitlisted', next: 'accepted' })).not.toThrow();
  expect(conflictMessage(() => assertTransition('decided', 'decided', 'officer', { current: 'rejected', next: 'accepted' }))).toMatch(/waitlisted/);
  expect(conflictMessage(() => assertTransition('decided', 'enrolled', 'platform', { current: 'waitlisted' }))).toMatch(/accepted/);
});

test('a cancelled interview returns the application to waiting for a booking', () => {
  expect(nextStatuses('interview_scheduled', 'applicant').sort()).toEqual(['spiritual_evaluation', 'withdrawn']);
});

test('final statuses lead nowhere for anyone', () => {
  for (const actor of ACTORS) {
    expect(nextStatuses('enrolled', actor)).toEqual([]);
    expect(nextStatuses('withdrawn', actor)).toEqual([]);
  }
});
