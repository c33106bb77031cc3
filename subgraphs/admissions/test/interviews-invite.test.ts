// Interview invites as iCalendar text: a real parser (ical.js) reads back the method, UTC times, UID,
// location and people; a cancellation keeps the UID with a higher SEQUENCE.
import ICAL from 'ical.js';
import { interviewCancellation, interviewInvite, interviewUid, type InterviewInviteOptions, type InvitedInterview } from '../src/interviews/interview-invite';

const interview: InvitedInterview = {
  applicationId: '6f1c2a4e-8d3b-4f5a-9c7e-1b2d3e4f5a6b',
  startsAt: new Date('2030-05-04T09:00:00.000Z'),
  endsAt: new Date('2030-05-04T09:45:00.000Z'),
  sequence: 1,
  location: 'Hall B, room 2; east wing',
};

const options: InterviewInviteOptions = {
  role: 'applicant',
  programName: 'Bachelor of Theology, evening track',
  organizer: { name: 'Admissions "Office"', email: 'admissions@scrollforge.test' },
  attendee: { name: 'Ada Okafor', email: 'ada@example.test' },
  generatedAt: new Date('2030-05-01T09:00:00.000Z'),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return { calendar, component: events[0]!, event: new ICAL.Event(events[0]!) };
}

test('an invite parses as one REQUEST event with the interview’s UTC times, stable UID, location and organizer', () => {
  const text = interviewInvite(interview, options);
  const { calendar, component, event } = parse(text);
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  expect(event.uid).toBe(`interview-${interview.applicationId}@admissions.scrollforge`);
  expect(event.startDate.toJSDate().toISOString()).toBe('2030-05-04T09:00:00.000Z');
  expect(event.endDate.toJSDate().toISOString()).toBe('2030-05-04T09:45:00.000Z');
  expect(event.startDate.zone?.tzid).toBe('UTC');
  expect(event.location).toBe('Hall B, room 2; east wing');
  expect(event.summary).toBe('Admissions interview: Bachelor of Theology, evening track');
  expect(event.sequence).toBe(1);
  expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2030-05-01T09:00:00Z');
  expect(component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  const organizer = component.getFirstProperty('organizer');
  expect(organizer?.getFirstValue()).toBe('mailto:admissions@scrollforge.test');
  expect(organizer?.getParameter('cn')).toBe('Admissions Office');
  expect(component.getFirstProperty('attendee')?.getFirstValue()).toBe('mailto:ada@example.test');
});

test('the applicant’s and the officer’s invites share the UID but are worded for each', () => {
  const applicant = parse(interviewInvite(interview, options)).event;
  const officer = parse(interviewInvite(interview, { ...options, role: 'officer' })).event;
  expect(officer.uid).toBe(applicant.uid);
  expect(officer.summary).toBe('Applicant interview: Bachelor of Theology, evening track');
  expect(applicant.description).toMatch(/up to 24 hours before it starts/);
  expect(officer.description).toMatch(/Record your notes and a score/);
});

test('a moved interview keeps its UID with the new times and a higher sequence', () => {
  const moved = { ...interview, sequence: 2, startsAt: new Date('2030-05-06T14:00:00.000Z'), endsAt: new Date('2030-05-06T14:30:00.000Z') };
  const before = parse(interviewInvite(interview, options)).event;
  const after = parse(interviewInvite(moved, options)).event;
  expect(after.uid).toBe(before.uid);
  expect(after.sequence).toBeGreaterThan(before.sequence);
  expect(after.startDate.toJSDate().toISOString()).toBe('2030-05-06T14:00:00.000Z');
});

test('a cancellation is a CANCEL of the same UID, at the sequence the interview was raised to, with a cancelled status', () => {
  const invite = parse(interviewInvite(interview, options));
  const cancellation = parse(interviewCancellation({ ...interview, sequence: interview.sequence + 1 }, options));
  expect(cancellation.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
  expect(cancellation.event.uid).toBe(interviewUid(interview.applicationId));
  expect(cancellation.event.sequence).toBe(invite.event.sequence + 1);
  expect(cancellation.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  expect(cancellation.event.startDate.toJSDate().toISOString()).toBe('2030-05-04T09:00:00.000Z');
});

test('the text ends lines with CRLF and folds long lines at 75 octets', () => {
  const text = interviewInvite({ ...interview, location: `https://meet.example.test/${'room-'.repeat(30)}` }, options);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(parse(text).event.location).toBe(`https://meet.example.test/${'room-'.repeat(30)}`);
});

test('the SEQUENCE is the interview’s own sequence, for an invite and a cancellation alike', () => {
  expect(parse(interviewInvite({ ...interview, sequence: 7 }, options)).event.sequence).toBe(7);
  expect(parse(interviewCancellation({ ...interview, sequence: 8 }, options)).event.sequence).toBe(8);
});

test('an interview whose place is not known any more has no LOCATION line', () => {
  const text = interviewCancellation({ ...interview, location: null }, options);
  expect(text).not.toMatch(/^LOCATION/m);
  expect(parse(text).event.location).toBeNull();
});
