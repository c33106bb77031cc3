// Moving and calling off a booked interview: the reschedule limits, the slot handed back atomically, and
// a cancellation that frees the slot and returns the application to waiting for a booking.
import { randomUUID } from 'node:crypto';
import type { Application, PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { bookInterview } from '../src/interviews/book-interview';
import { cancelInterview } from '../src/interviews/cancel-interview';
import { rescheduleInterview } from '../src/interviews/reschedule-interview';
import { NOW, applicationIn, codeOfRejection, hoursAfter, openSlot, programWithOfficer, type ProgramSetup } from './support/interviews';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const slotHolder = async (slotId: string) => (await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slotId } })).bookedApplicationId;

/** An application with an interview booked 72 hours after NOW, and three more free slots a day apart. */
async function bookedSetup(): Promise<ProgramSetup & { application: Application; bookedSlotId: string; freeSlotIds: string[] }> {
  const setup = await programWithOfficer(prisma);
  const where = { officerId: setup.officerId, programId: setup.program.id };
  const booked = await openSlot(prisma, where, { startsAt: hoursAfter(NOW, 72) });
  const free = await Promise.all([96, 120, 144].map((hours) => openSlot(prisma, where, { startsAt: hoursAfter(NOW, hours), location: `Room ${hours}` })));
  const application = await applicationIn(prisma, setup.intake.id);
  await bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: booked.id, now: NOW });
  return { ...setup, application, bookedSlotId: booked.id, freeSlotIds: free.map((slot) => slot.id) };
}

const move = (application: Application, slotId: string, now = NOW) =>
  rescheduleInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId, now });

describe('rescheduleInterview', () => {
  it('moves the interview to the new slot, frees the old one and counts the move', async () => {
    const { application, bookedSlotId, freeSlotIds } = await bookedSetup();
    const moved = await move(application, freeSlotIds[0]!);
    expect(moved).toMatchObject({ slotId: freeSlotIds[0], startsAt: hoursAfter(NOW, 96), reschedules: 1, sequence: 1, location: 'Room 96' });
    expect(await slotHolder(bookedSlotId)).toBeNull();
    expect(await slotHolder(freeSlotIds[0]!)).toBe(application.id);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('interview_scheduled');
  });

  it('allows two moves and refuses the third, keeping the second booking', async () => {
    const { application, freeSlotIds } = await bookedSetup();
    await move(application, freeSlotIds[0]!);
    await move(application, freeSlotIds[1]!);
    await expect(move(application, freeSlotIds[2]!)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/moved 2 times/) });
    expect(await prisma.interview.findUniqueOrThrow({ where: { applicationId: application.id } })).toMatchObject({ slotId: freeSlotIds[1], reschedules: 2 });
    expect(await slotHolder(freeSlotIds[1]!)).toBe(application.id);
    expect(await slotHolder(freeSlotIds[2]!)).toBeNull();
  });

  it('refuses a move within 24 hours of the start and allows one just before that', async () => {
    const { application, bookedSlotId, freeSlotIds } = await bookedSetup();
    const start = hoursAfter(NOW, 72);
    await expect(move(application, freeSlotIds[0]!, hoursAfter(start, -24))).rejects.toThrow(/within 24 hours/);
    await expect(move(application, freeSlotIds[0]!, hoursAfter(start, -2))).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await slotHolder(bookedSlotId)).toBe(application.id);
    await expect(move(application, freeSlotIds[0]!, hoursAfter(start, -24.01))).resolves.toMatchObject({ slotId: freeSlotIds[0] });
  });

  it('keeps the old booking when the new slot is already taken', async () => {
    const { application, bookedSlotId, freeSlotIds, intake } = await bookedSetup();
    const rival = await applicationIn(prisma, intake.id);
    await bookInterview(prisma, { applicationId: rival.id, applicantId: rival.applicantId, slotId: freeSlotIds[0]!, now: NOW });
    await expect(move(application, freeSlotIds[0]!)).rejects.toThrow('That slot was just taken, pick another.');
    expect(await slotHolder(bookedSlotId)).toBe(application.id);
    expect(await slotHolder(freeSlotIds[0]!)).toBe(rival.id);
    expect((await prisma.interview.findUniqueOrThrow({ where: { applicationId: application.id } })).reschedules).toBe(0);
  });

  it('refuses someone who is not the applicant', async () => {
    const { application, freeSlotIds } = await bookedSetup();
    expect(await codeOfRejection(rescheduleInterview(prisma, { applicationId: application.id, applicantId: randomUUID(), slotId: freeSlotIds[0]!, now: NOW }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('cancelInterview', () => {
  it('an applicant’s cancellation frees the slot, keeps the interview marked cancelled and returns the application to spiritual evaluation', async () => {
    const { application, bookedSlotId } = await bookedSetup();
    const later = hoursAfter(NOW, 1);
    const result = await cancelInterview(prisma, { applicationId: application.id, actor: 'applicant', actorId: application.applicantId, reason: 'Travelling', now: later });
    expect(result.application).toMatchObject({ status: 'spiritual_evaluation', stageEnteredAt: later });
    expect(result.cancelled).toMatchObject({ slotId: null, cancelledAt: later, sequence: 1, startsAt: hoursAfter(NOW, 72), location: 'Online' });
    expect(await slotHolder(bookedSlotId)).toBeNull();
    expect(await prisma.interview.findUniqueOrThrow({ where: { applicationId: application.id } })).toMatchObject({ slotId: null, cancelledAt: later, sequence: 1, reschedules: 0 });
    const trail = await prisma.applicationTransition.findMany({ where: { applicationId: application.id }, orderBy: { createdAt: 'asc' } });
    expect(trail.at(-1)).toMatchObject({ fromStatus: 'interview_scheduled', toStatus: 'spiritual_evaluation', actorId: application.applicantId, note: 'Interview cancelled: Travelling' });
  });

  it('lets someone else book the freed slot and the applicant book again', async () => {
    const { application, bookedSlotId, freeSlotIds, intake } = await bookedSetup();
    await cancelInterview(prisma, { applicationId: application.id, actor: 'applicant', actorId: application.applicantId, now: NOW });
    const other = await applicationIn(prisma, intake.id);
    await bookInterview(prisma, { applicationId: other.id, applicantId: other.applicantId, slotId: bookedSlotId, now: NOW });
    const again = await bookInterview(prisma, { applicationId: application.id, applicantId: application.applicantId, slotId: freeSlotIds[0]!, now: NOW });
    expect(again.application.status).toBe('interview_scheduled');
    expect(await slotHolder(bookedSlotId)).toBe(other.id);
  });

  it('an officer of the program can cancel; an officer of another program cannot', async () => {
    const { application, officerId, bookedSlotId } = await bookedSetup();
    const outsider = await programWithOfficer(prisma);
    expect(await codeOfRejection(cancelInterview(prisma, { applicationId: application.id, actor: 'officer', actorId: outsider.officerId, now: NOW }))).toBe('FORBIDDEN');
    expect(await slotHolder(bookedSlotId)).toBe(application.id);
    const result = await cancelInterview(prisma, { applicationId: application.id, actor: 'officer', actorId: officerId, now: NOW });
    expect(result.application.status).toBe('spiritual_evaluation');
    expect(await slotHolder(bookedSlotId)).toBeNull();
  });

  it('an applicant cannot cancel someone else’s interview or one that has started', async () => {
    const { application, bookedSlotId } = await bookedSetup();
    expect(await codeOfRejection(cancelInterview(prisma, { applicationId: application.id, actor: 'applicant', actorId: randomUUID(), now: NOW }))).toBe('NOT_FOUND');
    await expect(
      cancelInterview(prisma, { applicationId: application.id, actor: 'applicant', actorId: application.applicantId, now: hoursAfter(NOW, 72) }),
    ).rejects.toThrow(/already started/);
    expect(await slotHolder(bookedSlotId)).toBe(application.id);
  });

  it('an application without a booked interview cannot cancel one', async () => {
    const { intake } = await programWithOfficer(prisma);
    const application = await applicationIn(prisma, intake.id);
    expect(await codeOfRejection(cancelInterview(prisma, { applicationId: application.id, actor: 'applicant', actorId: application.applicantId, now: NOW }))).toBe('CONFLICT');
  });
});
