// Factories for interview tests: a program with an officer and an intake, applications at a chosen
// stage, and open slots, each with fresh ids so test files running at once never meet.
import { randomUUID } from 'node:crypto';
import type { Application, ApplicationStatus, InterviewSlot, PrismaClient, Program, ProgramIntake } from '../../../kit/src/db';

/** The clock every interview test runs at; slots are placed relative to it. */
export const NOW = new Date('2030-05-01T09:00:00.000Z');

export const hoursAfter = (date: Date, hours: number) => new Date(date.getTime() + hours * 3_600_000);
export const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

export interface ProgramSetup {
  program: Program;
  intake: ProgramIntake;
  /** An admissions officer assigned to the program. */
  officerId: string;
}

export async function programWithOfficer(prisma: PrismaClient, name = 'Bachelor of Theology'): Promise<ProgramSetup> {
  const officerId = randomUUID();
  const program = await prisma.program.create({
    data: { slug: `program-${randomUUID()}`, name, kind: 'degree', officers: { create: { userId: officerId } } },
  });
  const intake = await prisma.programIntake.create({
    data: { programId: program.id, term: '2031 February', startsOn: new Date('2031-02-01'), applicationDeadline: new Date('2030-12-31T23:59:59Z'), capacity: 30 },
  });
  return { program, intake, officerId };
}

/**
 * An application placed directly at `status` (the workflow's own tests cover getting there), its
 * spiritual evaluation already scored unless `scored` is false: interviews are booked only after that.
 */
export function applicationIn(prisma: PrismaClient, intakeId: string, status: ApplicationStatus = 'spiritual_evaluation', { scored = true } = {}): Promise<Application> {
  return prisma.application.create({
    data: {
      applicantId: randomUUID(),
      intakeId,
      status,
      ...(scored ? { evaluation: { create: { answers: { answers: {}, submittedAt: NOW.toISOString() }, totalScore: 80, confirmedById: randomUUID(), confirmedAt: NOW } } } : {}),
    },
  });
}

export interface SlotSpec {
  /** @default NOW + 72 hours */
  startsAt?: Date;
  /** @default 45 */
  minutes?: number;
  /** @default "Online" */
  location?: string;
}

/** A published, unbooked slot. */
export function openSlot(prisma: PrismaClient, setup: Pick<ProgramSetup, 'officerId'> & { programId: string }, spec: SlotSpec = {}): Promise<InterviewSlot> {
  const startsAt = spec.startsAt ?? hoursAfter(NOW, 72);
  return prisma.interviewSlot.create({
    data: { officerId: setup.officerId, programId: setup.programId, startsAt, endsAt: minutesAfter(startsAt, spec.minutes ?? 45), location: spec.location ?? 'Online' },
  });
}

/** The GraphQL error code a rejected promise carries. */
export async function codeOfRejection(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  throw new Error('expected the promise to be rejected');
}
