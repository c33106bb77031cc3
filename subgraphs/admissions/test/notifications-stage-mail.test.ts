// The stage mails' wording: every announced stage names the program and intake, each decision has its
// own message, and draft and interview_scheduled are never announced.
import type { ApplicationStatus, DecisionOutcome } from '../../kit/src/db';
import { isStepMailed } from '../src/notifications/queue-stage-mail';
import { MAILED_STATUSES, stageMail } from '../src/notifications/stage-mail';

const PROGRAM = { programName: 'Master of Divinity', intakeTerm: '2027 February' };
const mailFor = (status: ApplicationStatus, decision: DecisionOutcome | null = null) => stageMail({ status, decision, ...PROGRAM });

test('every announced stage names the program in the subject and the program and term in the text', () => {
  for (const status of MAILED_STATUSES) {
    const mail = mailFor(status, status === 'decided' ? 'accepted' : null);
    expect(mail?.subject).toContain('Master of Divinity');
    expect(mail?.text).toContain('Master of Divinity (2027 February)');
    expect(mail?.text).toMatch(/ScrollForge Admissions$/);
  }
});

test('each stage has its own subject', () => {
  const subjects = MAILED_STATUSES.filter((status) => status !== 'decided').map((status) => mailFor(status)?.subject);
  expect(new Set(subjects).size).toBe(subjects.length);
});

test('drafts and interview bookings are not announced', () => {
  expect(mailFor('draft')).toBeNull();
  expect(mailFor('interview_scheduled')).toBeNull();
});

test('accepted, waitlisted and rejected each have their own wording', () => {
  expect(mailFor('decided', 'accepted')).toEqual({ subject: 'You are accepted to Master of Divinity', text: expect.stringMatching(/Congratulations![\s\S]*confirm your enrolment/) });
  expect(mailFor('decided', 'waitlisted')).toEqual({ subject: 'You are on the waitlist for Master of Divinity', text: expect.stringMatching(/on the waitlist[\s\S]*If a place opens/) });
  expect(mailFor('decided', 'rejected')).toEqual({ subject: 'Your application to Master of Divinity', text: expect.stringMatching(/unable to offer you a place/) });
  expect(mailFor('decided', 'rejected')?.text).not.toMatch(/Congratulations|waitlist/);
});

test('a decided step without an outcome says nothing rather than something untrue', () => {
  expect(mailFor('decided', null)).toBeNull();
});

test('a cancelled interview’s step back to spiritual evaluation is not announced again, a forward step is', () => {
  expect(isStepMailed('interview_scheduled', 'spiritual_evaluation')).toBe(false);
  expect(isStepMailed('eligibility_review', 'spiritual_evaluation')).toBe(true);
  expect(isStepMailed('spiritual_evaluation', 'interview_scheduled')).toBe(false);
  expect(isStepMailed('decided', 'decided')).toBe(true);
});
