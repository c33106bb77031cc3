// Interviews through the gateway: officers publish, list and remove slots and record interviews;
// applicants see free slots, book, move and cancel, each change mailing both sides a calendar file.
// Applicants never read the officer, notes or score; 20 applicants after one slot get one booking.
import { randomUUID } from 'node:crypto';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { Application, PrismaClient } from '../../kit/src/db';
import { readDevMailbox } from '../../kit/src/mail';
import { waitFor } from '../../kit/src/wait-for';
import { SLOT_TAKEN_MESSAGE } from '../src/interviews/slot-claims';
import { applicantWith, errorsOf, staffedProgram, type StaffedProgram } from './support/evaluation';

let platform: TestPlatform;
let prisma: PrismaClient;
let stranger: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  stranger = await createPerson(prisma, { roles: ['student'] });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const HOUR = 3_600_000;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR);

/** An open slot of the program's officer, `hours` from now, 45 minutes long. */
const slotAt = (setup: StaffedProgram, hours: number, location = 'Online') =>
  prisma.interviewSlot.create({
    data: { officerId: setup.officer.id, programId: setup.program.id, startsAt: hoursFromNow(hours), endsAt: new Date(hoursFromNow(hours).getTime() + 45 * 60_000), location },
  });

const PUBLISH = `mutation($programId: ID!, $slots: [InterviewSlotInput!]!) { publishInterviewSlots(programId: $programId, slots: $slots) { id startsAt location booked officer { id } } }`;
const SLOTS = `query($programId: ID!, $from: DateTime!, $to: DateTime!) { interviewSlots(programId: $programId, from: $from, to: $to, first: 50) { edges { node { id booked bookedApplication { id } } } } }`;
const AVAILABLE = `query($id: ID!) { availableInterviewSlots(applicationId: $id, first: 50) { edges { node { id officer { id } } } } }`;
const REMOVE = `mutation($slotId: ID!) { removeInterviewSlot(slotId: $slotId) { id } }`;
const INTERVIEW_FIELDS = `status interview { startsAt location reschedules cancelled officer { id } notes score calendarInvite }`;
const BOOK = `mutation($id: ID!, $slotId: ID!) { bookInterview(applicationId: $id, slotId: $slotId) { ${INTERVIEW_FIELDS} } }`;
const RESCHEDULE = `mutation($id: ID!, $slotId: ID!) { rescheduleInterview(applicationId: $id, slotId: $slotId) { ${INTERVIEW_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelInterview(applicationId: $id, reason: $reason) { ${INTERVIEW_FIELDS} } }`;
const RECORD = `mutation($id: ID!, $notes: String!, $score: Int!) { recordInterview(applicationId: $id, notes: $notes, score: $score) { ${INTERVIEW_FIELDS} } }`;
const READ = `query($id: ID!) { application(id: $id) { ${INTERVIEW_FIELDS} } }`;

type InterviewView = {
  status: string;
  interview: { startsAt: string; location: string | null; reschedules: number; cancelled: boolean; officer: { id: string } | null; notes: string | null; score: number | null; calendarInvite: string } | null;
};

const sequenceOf = (ics: string) => Number(/^SEQUENCE:(\d+)\r$/m.exec(ics)?.[1]);

async function scoredApplicant(setup: StaffedProgram) {
  return applicantWith(prisma, setup, { scored: true });
}

async function mutate(query: string, variables: Record<string, unknown>, person: Person, field: string): Promise<InterviewView> {
  const response = await platform.graphql<Record<string, InterviewView>>(query, variables, { token: person.token });
  expect(response.errors).toBeUndefined();
  return response.data![field]!;
}

describe('publishInterviewSlots', () => {
  it('publishes an officer’s slots by start time', async () => {
    const setup = await staffedProgram(prisma);
    const slots = [
      { startsAt: hoursFromNow(50).toISOString(), endsAt: hoursFromNow(51).toISOString(), location: 'Room 2' },
      { startsAt: hoursFromNow(26).toISOString(), endsAt: hoursFromNow(27).toISOString() },
    ];
    const response = await platform.graphql<{ publishInterviewSlots: { startsAt: string; location: string; booked: boolean; officer: { id: string } }[] }>(
      PUBLISH,
      { programId: setup.program.id, slots },
      { token: setup.officer.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.publishInterviewSlots).toEqual([
      { id: expect.any(String), startsAt: slots[1]!.startsAt, location: 'Online', booked: false, officer: { id: setup.officer.id } },
      { id: expect.any(String), startsAt: slots[0]!.startsAt, location: 'Room 2', booked: false, officer: { id: setup.officer.id } },
    ]);
  });

  it('refuses a slot in the past on its startsAt and publishes none of the batch', async () => {
    const setup = await staffedProgram(prisma);
    const slots = [
      { startsAt: hoursFromNow(30).toISOString(), endsAt: hoursFromNow(31).toISOString() },
      { startsAt: hoursFromNow(-2).toISOString(), endsAt: hoursFromNow(-1).toISOString() },
    ];
    expect(errorsOf(await platform.graphql(PUBLISH, { programId: setup.program.id, slots }, { token: setup.officer.token }))).toEqual([['BAD_USER_INPUT', 'slots[1].startsAt']]);
    expect(await prisma.interviewSlot.count({ where: { programId: setup.program.id } })).toBe(0);
  });

  it('refuses a stranger and an officer of another program', async () => {
    const setup = await staffedProgram(prisma);
    const outsider = await staffedProgram(prisma);
    const slots = [{ startsAt: hoursFromNow(30).toISOString(), endsAt: hoursFromNow(31).toISOString() }];
    for (const viewer of [stranger, outsider.officer]) {
      expect(errorsOf(await platform.graphql(PUBLISH, { programId: setup.program.id, slots }, { token: viewer.token }))).toEqual([['FORBIDDEN', undefined]]);
    }
  });
});

describe('interviewSlots and availableInterviewSlots', () => {
  it('show staff every slot in the window with its booking, and the applicant only free future ones', async () => {
    const setup = await staffedProgram(prisma);
    const [free, taken] = [await slotAt(setup, 30), await slotAt(setup, 40)];
    await slotAt(setup, 24 * 200); // outside the staff window, and still free for the applicant
    const { applicant, application } = await scoredApplicant(setup);
    const { application: holder } = await scoredApplicant(setup);
    await prisma.interviewSlot.update({ where: { id: taken.id }, data: { bookedApplicationId: holder.id } });

    const staff = await platform.graphql<{ interviewSlots: { edges: { node: { id: string; booked: boolean; bookedApplication: { id: string } | null } }[] } }>(
      SLOTS,
      { programId: setup.program.id, from: new Date().toISOString(), to: hoursFromNow(24 * 30).toISOString() },
      { token: setup.officer.token },
    );
    expect(staff.data!.interviewSlots.edges.map((edge) => edge.node)).toEqual([
      { id: free.id, booked: false, bookedApplication: null },
      { id: taken.id, booked: true, bookedApplication: { id: holder.id } },
    ]);

    const available = await platform.graphql<{ availableInterviewSlots: { edges: { node: { id: string; officer: unknown } }[] } }>(AVAILABLE, { id: application.id }, { token: applicant.token });
    const nodes = available.data!.availableInterviewSlots.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id)).toContain(free.id);
    expect(nodes.map((node) => node.id)).not.toContain(taken.id);
    expect(nodes.every((node) => node.officer === null)).toBe(true);
  });

  it('refuse the applicant the staff calendar, a window that ends before it starts, and a stranger the free slots', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await scoredApplicant(setup);
    const window = { programId: setup.program.id, from: new Date().toISOString(), to: hoursFromNow(24).toISOString() };
    expect(errorsOf(await platform.graphql(SLOTS, window, { token: applicant.token }))).toEqual([['FORBIDDEN', undefined]]);
    expect(errorsOf(await platform.graphql(SLOTS, { ...window, to: window.from }, { token: setup.officer.token }))).toEqual([['BAD_USER_INPUT', 'to']]);
    expect(errorsOf(await platform.graphql(AVAILABLE, { id: application.id }, { token: stranger.token }))).toEqual([['NOT_FOUND', undefined]]);
  });
});

describe('removeInterviewSlot', () => {
  it('removes a free slot, refuses a booked one and refuses an officer of another program', async () => {
    const setup = await staffedProgram(prisma);
    const [free, booked] = [await slotAt(setup, 30), await slotAt(setup, 40)];
    const { application } = await scoredApplicant(setup);
    await prisma.interviewSlot.update({ where: { id: booked.id }, data: { bookedApplicationId: application.id } });
    const outsider = await staffedProgram(prisma);
    expect(errorsOf(await platform.graphql(REMOVE, { slotId: free.id }, { token: outsider.officer.token }))).toEqual([['FORBIDDEN', undefined]]);
    expect((await platform.graphql(REMOVE, { slotId: free.id }, { token: setup.officer.token })).data).toEqual({ removeInterviewSlot: { id: free.id } });
    expect(await prisma.interviewSlot.count({ where: { id: free.id } })).toBe(0);
    expect(errorsOf(await platform.graphql(REMOVE, { slotId: booked.id }, { token: setup.officer.token }))).toEqual([['CONFLICT', undefined]]);
    expect(errorsOf(await platform.graphql(REMOVE, { slotId: 'slot-1' }, { token: setup.officer.token }))).toEqual([['BAD_USER_INPUT', 'slotId']]);
  });
});

describe('bookInterview', () => {
  it('books the slot, and the applicant reads the time, place and their own invite but not the officer, notes or score', async () => {
    const setup = await staffedProgram(prisma);
    const slot = await slotAt(setup, 72, 'Hall B');
    const { applicant, application } = await scoredApplicant(setup);
    const booked = await mutate(BOOK, { id: application.id, slotId: slot.id }, applicant, 'bookInterview');
    expect(booked).toMatchObject({ status: 'interview_scheduled', interview: { startsAt: slot.startsAt.toISOString(), location: 'Hall B', reschedules: 0, cancelled: false, officer: null, notes: null, score: null } });
    expect(booked.interview!.calendarInvite).toMatch(/METHOD:REQUEST/);
    expect(booked.interview!.calendarInvite).toMatch(/SUMMARY:Admissions interview: Bachelor of Theology/);

    const staffView = await platform.graphql<{ application: InterviewView }>(READ, { id: application.id }, { token: setup.officer.token });
    expect(staffView.data!.application.interview).toMatchObject({ officer: { id: setup.officer.id } });
    expect(staffView.data!.application.interview!.calendarInvite).toMatch(/SUMMARY:Applicant interview: Bachelor of Theology/);
  });

  it('refuses a booking before the spiritual evaluation is scored', async () => {
    const setup = await staffedProgram(prisma);
    const slot = await slotAt(setup, 72);
    const { applicant, application } = await applicantWith(prisma, setup, { questionnaire: 'submitted' });
    expect(errorsOf(await platform.graphql(BOOK, { id: application.id, slotId: slot.id }, { token: applicant.token }))).toEqual([['CONFLICT', undefined]]);
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBeNull();
  });

  it('refuses a slot id that is not a UUID on slotId, and a stranger', async () => {
    const setup = await staffedProgram(prisma);
    const slot = await slotAt(setup, 72);
    const { applicant, application } = await scoredApplicant(setup);
    expect(errorsOf(await platform.graphql(BOOK, { id: application.id, slotId: 'tomorrow' }, { token: applicant.token }))).toEqual([['BAD_USER_INPUT', 'slotId']]);
    expect(errorsOf(await platform.graphql(BOOK, { id: application.id, slotId: slot.id }, { token: stranger.token }))).toEqual([['NOT_FOUND', undefined]]);
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBeNull();
  });

  it('lets an officer of the program book on the applicant’s behalf, recorded as the officer’s step', async () => {
    const setup = await staffedProgram(prisma);
    const slot = await slotAt(setup, 72);
    const { application } = await scoredApplicant(setup);
    const response = await platform.graphql(BOOK, { id: application.id, slotId: slot.id }, { token: setup.officer.token });
    expect(response.errors).toBeUndefined();
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBe(application.id);
    const step = await prisma.applicationTransition.findFirstOrThrow({ where: { applicationId: application.id, toStatus: 'interview_scheduled' } });
    expect(step.actorId).toBe(setup.officer.id);
  });

  it('gives one slot wanted by 20 applicants at once to exactly one of them', async () => {
    const setup = await staffedProgram(prisma);
    const slot = await slotAt(setup, 72);
    const applicants = await Promise.all(Array.from({ length: 20 }, () => scoredApplicant(setup)));
    const responses = await Promise.all(applicants.map(({ applicant, application }) => platform.graphql(BOOK, { id: application.id, slotId: slot.id }, { token: applicant.token })));
    const winners = responses.filter((response) => response.errors === undefined);
    const losers = responses.filter((response) => response.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers.map((response) => [response.errors![0]!.extensions?.code, response.errors![0]!.message])).toEqual(Array(19).fill(['CONFLICT', SLOT_TAKEN_MESSAGE]));
    const ids = applicants.map(({ application }) => application.id);
    expect(await prisma.interview.count({ where: { applicationId: { in: ids } } })).toBe(1);
    expect(await prisma.application.count({ where: { id: { in: ids }, status: 'interview_scheduled' } })).toBe(1);
  }, 60_000);

  it('mails the applicant and the officer their invites as interview.ics attachments', async () => {
    const setup = await staffedProgram(prisma);
    const slot = await slotAt(setup, 72, 'Chapel vestry');
    const { applicant, application } = await scoredApplicant(setup);
    await mutate(BOOK, { id: application.id, slotId: slot.id }, applicant, 'bookInterview');
    for (const [person, summary] of [
      [applicant, 'SUMMARY:Admissions interview'],
      [setup.officer, 'SUMMARY:Applicant interview'],
    ] as const) {
      const { email } = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
      const [mail] = await waitFor(async () => {
        const inbox = await readDevMailbox(prisma, email);
        return inbox.length > 0 ? inbox : null;
      }, { timeoutMs: 30_000, what: `the interview mail to ${email}` });
      expect(mail!.text).toMatch(/Chapel vestry/);
      expect(mail!.attachments).toEqual([{ filename: 'interview.ics', contentType: 'text/calendar; method=REQUEST; charset=utf-8', content: expect.stringContaining(summary) }]);
    }
  });
});

describe('rescheduleInterview and cancelInterview', () => {
  it('moves the booking to another slot and counts the move', async () => {
    const setup = await staffedProgram(prisma);
    const [first, second] = [await slotAt(setup, 72), await slotAt(setup, 96, 'Room 9')];
    const { applicant, application } = await scoredApplicant(setup);
    await mutate(BOOK, { id: application.id, slotId: first.id }, applicant, 'bookInterview');
    const moved = await mutate(RESCHEDULE, { id: application.id, slotId: second.id }, applicant, 'rescheduleInterview');
    expect(moved.interview).toMatchObject({ startsAt: second.startsAt.toISOString(), location: 'Room 9', reschedules: 1 });
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: first.id } })).bookedApplicationId).toBeNull();
    expect(errorsOf(await platform.graphql(RESCHEDULE, { id: application.id, slotId: first.id }, { token: stranger.token }))).toEqual([['NOT_FOUND', undefined]]);
  });

  it('cancel then rebook keeps the reschedule count and raises the calendar SEQUENCE', async () => {
    const setup = await staffedProgram(prisma);
    const [first, second, third] = [await slotAt(setup, 72), await slotAt(setup, 96), await slotAt(setup, 120)];
    const { applicant, application } = await scoredApplicant(setup);
    const booked = await mutate(BOOK, { id: application.id, slotId: first.id }, applicant, 'bookInterview');
    const moved = await mutate(RESCHEDULE, { id: application.id, slotId: second.id }, applicant, 'rescheduleInterview');
    const cancelled = await mutate(CANCEL, { id: application.id, reason: 'Exams that week' }, applicant, 'cancelInterview');
    expect(cancelled).toMatchObject({ status: 'spiritual_evaluation', interview: { cancelled: true, location: null, reschedules: 1 } });
    expect(cancelled.interview!.calendarInvite).toMatch(/METHOD:CANCEL/);
    const rebooked = await mutate(BOOK, { id: application.id, slotId: third.id }, applicant, 'bookInterview');
    expect(rebooked.interview).toMatchObject({ cancelled: false, reschedules: 2 });
    expect([booked, moved, cancelled, rebooked].map((view) => sequenceOf(view.interview!.calendarInvite))).toEqual([0, 1, 2, 3]);
  });

  it('lets an officer cancel, and refuses an over-long reason on reason and an officer of another program', async () => {
    const setup = await staffedProgram(prisma);
    const slot = await slotAt(setup, 72);
    const { applicant, application } = await scoredApplicant(setup);
    await mutate(BOOK, { id: application.id, slotId: slot.id }, applicant, 'bookInterview');
    const outsider = await staffedProgram(prisma);
    expect(errorsOf(await platform.graphql(CANCEL, { id: application.id }, { token: outsider.officer.token }))).toEqual([['NOT_FOUND', undefined]]);
    expect(errorsOf(await platform.graphql(CANCEL, { id: application.id, reason: 'x'.repeat(501) }, { token: setup.officer.token }))).toEqual([['BAD_USER_INPUT', 'reason']]);
    const cancelled = await mutate(CANCEL, { id: application.id, reason: 'Officer unavailable' }, setup.officer, 'cancelInterview');
    expect(cancelled).toMatchObject({ status: 'spiritual_evaluation', interview: { cancelled: true } });
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedApplicationId).toBeNull();
  });
});

describe('recordInterview', () => {
  /** An application whose interview started an hour ago (placed directly: slots are published in the future). */
  async function heldInterview(setup: StaffedProgram): Promise<{ applicant: Person; application: Application }> {
    const { applicant, application } = await applicantWith(prisma, setup, { scored: true, status: 'interview_scheduled' });
    const slot = await prisma.interviewSlot.create({
      data: { officerId: setup.officer.id, programId: setup.program.id, startsAt: hoursFromNow(-1), endsAt: hoursFromNow(-0.25), bookedApplicationId: application.id },
    });
    await prisma.interview.create({ data: { applicationId: application.id, slotId: slot.id, officerId: setup.officer.id, startsAt: slot.startsAt, endsAt: slot.endsAt } });
    return { applicant, application };
  }

  it('records notes and a score; staff read them and the applicant does not', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await heldInterview(setup);
    const recorded = await mutate(RECORD, { id: application.id, notes: 'Thoughtful, humble, clear calling.', score: 84 }, setup.officer, 'recordInterview');
    expect(recorded).toMatchObject({ status: 'interviewed', interview: { notes: 'Thoughtful, humble, clear calling.', score: 84 } });
    const seen = await platform.graphql<{ application: InterviewView }>(READ, { id: application.id }, { token: applicant.token });
    expect(seen.data!.application).toMatchObject({ status: 'interviewed', interview: { notes: null, score: null, officer: null } });
  });

  it('refuses a score out of range on score, empty notes on notes, the applicant and a stranger', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await heldInterview(setup);
    expect(errorsOf(await platform.graphql(RECORD, { id: application.id, notes: 'Fine.', score: 101 }, { token: setup.officer.token }))).toEqual([['BAD_USER_INPUT', 'score']]);
    expect(errorsOf(await platform.graphql(RECORD, { id: application.id, notes: '  ', score: 50 }, { token: setup.officer.token }))).toEqual([['BAD_USER_INPUT', 'notes']]);
    expect(errorsOf(await platform.graphql(RECORD, { id: application.id, notes: 'I did great.', score: 100 }, { token: applicant.token }))).toEqual([['FORBIDDEN', undefined]]);
    expect(errorsOf(await platform.graphql(RECORD, { id: randomUUID(), notes: 'Who?', score: 1 }, { token: stranger.token }))).toEqual([['NOT_FOUND', undefined]]);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('interview_scheduled');
  });
});
