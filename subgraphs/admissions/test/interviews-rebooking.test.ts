// A cancelled interview keeps its row, so booking again carries on its history: the calendar SEQUENCE
// keeps growing (calendars replace the event instead of adding one), and a rebooking after the
// applicant's own cancellation counts as a move, so cancelling cannot dodge the reschedule limit.
// Every change also queues both sides' calendar mail in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Application, PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { bookInterview } from '../src/interviews/book-interview';
import { cancelInterview } from '../src/interviews/cancel-interview';
import { CANCELLATION_CONTENT_TYPE, INVITE_CONTENT_TYPE } from '../src/interviews/interview-mail';
import { rescheduleInterview } from '../src/interviews/reschedule-interview';
import { NOW, applicationIn, codeOfRejection, hoursAfter, minutesAfter, openSlot, programWithOfficer, type ProgramSetup } from './support/interviews';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

/** A program with five free slots a day apart, from 72 hours after NOW, and an application ready to book. */
async function setup(): Promise<ProgramSetup & { application: Application; slotIds: string[] }> {
  const program = await programWithOfficer(prisma);
  const slots = await Promise.all([72, 96, 120, 144, 168].map((hours) => openSlot(prisma, { officerId: program.officerId, programId: program.program.id }, { startsAt: hoursAfter(NOW, hours) })));
  const application = await applicationIn(prisma, program.intake.id);
  return { ...program, application, slotIds: slots.map((slot) => slot.id) };
}

// Each step a minute after the last, so the audit trail orders them as they happened.
const at = (step: number) => minutesAfter(NOW, step);
const book = (application: Application, slotId: string, step: number) =>
  bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId, now: at(step) });
const move = (application: Application, slotId: string, step: number) =>
  rescheduleInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId, now: at(step) });
const cancelAsApplicant = (application: Application, step: number) =>
  cancelInterview(prisma, { applicationId: application.id, actor: 'applicant', actorId: application.applicantId, now: at(step) });
const interviewOf = (application: Application) => prisma.interview.findUniqueOrThrow({ where: { applicationId: application.id } });

/** The PersonMailRequested payloads queued for one person, oldest first. */
async function mailTo(userId: string): Promise<{ subject: string; attachments: { filename: string; contentType: string; content: string }[] }[]> {
  const rows = await prisma.admissionsOutboxEvent.findMany({
    where: { type: 'PersonMailRequested', payload: { path: ['userId'], equals: userId } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => row.payload as { subject: string; attachments: { filename: string; contentType: string; content: string }[] });
}

const sequenceIn = (ics: string) => Number(/^SEQUENCE:(\d+)\r$/m.exec(ics)?.[1]);

test('booking again after a cancellation reuses the interview row with a higher sequence', async () => {
  const { application, slotIds } = await setup();
  await book(application, slotIds[0]!, 0);
  await cancelAsApplicant(application, 1);
  const again = await book(application, slotIds[1]!, 2);
  expect(again.interview).toMatchObject({ slotId: slotIds[1], cancelledAt: null, sequence: 2, startsAt: hoursAfter(NOW, 96) });
  expect(await prisma.interview.count({ where: { applicationId: application.id } })).toBe(1);
});

test('a rebooking after the applicant’s own cancellation counts as a reschedule', async () => {
  const { application, slotIds } = await setup();
  await book(application, slotIds[0]!, 0);
  await cancelAsApplicant(application, 1);
  await book(application, slotIds[1]!, 2);
  expect(await interviewOf(application)).toMatchObject({ reschedules: 1, sequence: 2 });
});

test('a rebooking after an officer’s cancellation does not count against the applicant', async () => {
  const { application, slotIds, officerId } = await setup();
  await book(application, slotIds[0]!, 0);
  await cancelInterview(prisma, { applicationId: application.id, actor: 'officer', actorId: officerId, reason: 'Officer ill', now: at(1) });
  await book(application, slotIds[1]!, 2);
  expect(await interviewOf(application)).toMatchObject({ reschedules: 0, sequence: 2 });
});

test('cancel and rebook cannot get round the limit of two moves', async () => {
  const { application, slotIds } = await setup();
  await book(application, slotIds[0]!, 0);
  await move(application, slotIds[1]!, 1);
  await cancelAsApplicant(application, 2);
  await book(application, slotIds[2]!, 3);
  expect(await interviewOf(application)).toMatchObject({ reschedules: 2 });
  await expect(move(application, slotIds[3]!, 4)).rejects.toThrow(/moved 2 times/);
  await cancelAsApplicant(application, 5);
  await expect(book(application, slotIds[3]!, 6)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/already moved this interview 2 times/) });
  // The refused booking took nothing: the slot stays free and the interview stays cancelled.
  expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slotIds[3]! } })).bookedApplicationId).toBeNull();
  expect(await interviewOf(application)).toMatchObject({ slotId: null, reschedules: 2 });
});

test('staff can book for an applicant who used up their moves, recorded as the office’s step', async () => {
  const { application, slotIds, officerId } = await setup();
  await book(application, slotIds[0]!, 0);
  await move(application, slotIds[1]!, 1);
  await move(application, slotIds[2]!, 2);
  await cancelAsApplicant(application, 3);
  await expect(book(application, slotIds[3]!, 4)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  const booked = await bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: slotIds[3]!, now: at(5), bookedByStaffId: officerId });
  expect(booked.interview).toMatchObject({ slotId: slotIds[3], reschedules: 2, cancelledAt: null });
  expect(booked.application.status).toBe('interview_scheduled');
  const step = await prisma.applicationTransition.findFirstOrThrow({ where: { applicationId: application.id, toStatus: 'interview_scheduled' }, orderBy: { createdAt: 'desc' } });
  expect(step.actorId).toBe(officerId);
  expect(step.note).toContain('by the admissions office');
});

test('every booking, move and cancellation raises the sequence, and the mailed calendar files carry it', async () => {
  const { application, slotIds, officerId } = await setup();
  await book(application, slotIds[0]!, 0);
  await move(application, slotIds[1]!, 1);
  await cancelAsApplicant(application, 2);
  await book(application, slotIds[2]!, 3);
  expect((await interviewOf(application)).sequence).toBe(3);
  for (const userId of [application.applicantId, officerId]) {
    const mails = await mailTo(userId);
    expect(mails.map((mail) => mail.attachments.map((file) => [file.filename, file.contentType]))).toEqual([
      [['interview.ics', INVITE_CONTENT_TYPE]],
      [['interview.ics', INVITE_CONTENT_TYPE]],
      [['interview.ics', CANCELLATION_CONTENT_TYPE]],
      [['interview.ics', INVITE_CONTENT_TYPE]],
    ]);
    expect(mails.map((mail) => sequenceIn(mail.attachments[0]!.content))).toEqual([0, 1, 2, 3]);
  }
  const [applicantFirst] = await mailTo(application.applicantId);
  const [officerFirst] = await mailTo(officerId);
  expect(applicantFirst!.attachments[0]!.content).toMatch(/SUMMARY:Admissions interview/);
  expect(officerFirst!.attachments[0]!.content).toMatch(/SUMMARY:Applicant interview/);
});

test('a move to another officer’s slot cancels the old officer’s event and invites the new officer', async () => {
  const { application, slotIds, officerId, program } = await setup();
  const otherOfficer = (await prisma.programOfficer.create({ data: { programId: program.id, userId: randomUUID() } })).userId;
  const theirs = await openSlot(prisma, { officerId: otherOfficer, programId: program.id }, { startsAt: hoursAfter(NOW, 200) });
  await book(application, slotIds[0]!, 0);
  await move(application, theirs.id, 1);
  expect((await mailTo(officerId)).map((mail) => mail.attachments[0]!.contentType)).toEqual([INVITE_CONTENT_TYPE, CANCELLATION_CONTENT_TYPE]);
  expect((await mailTo(otherOfficer)).map((mail) => [mail.attachments[0]!.contentType, sequenceIn(mail.attachments[0]!.content)])).toEqual([[INVITE_CONTENT_TYPE, 1]]);
});

test('a booking before the spiritual evaluation is scored is refused and mails nobody', async () => {
  const { intake, slotIds } = await setup();
  const unscored = await applicationIn(prisma, intake.id, 'spiritual_evaluation', { scored: false });
  await expect(book(unscored, slotIds[0]!, 0)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/scored your spiritual evaluation/) });
  expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slotIds[0]! } })).bookedApplicationId).toBeNull();
  expect(await mailTo(unscored.applicantId)).toEqual([]);
});

test('a cancelled interview cannot be rescheduled or cancelled again', async () => {
  const { application, slotIds } = await setup();
  await book(application, slotIds[0]!, 0);
  await cancelAsApplicant(application, 1);
  expect(await codeOfRejection(move(application, slotIds[1]!, 2))).toBe('CONFLICT');
  expect(await codeOfRejection(cancelAsApplicant(application, 3))).toBe('CONFLICT');
});
