// Factories for decision tests: a program with an officer and an intake of a chosen capacity, and
// applications placed directly at the stage a test starts from.
import { randomUUID } from 'node:crypto';
import type { Application, ApplicationStatus, DecisionOutcome, PrismaClient, Program, ProgramIntake } from '../../../kit/src/db';

export interface IntakeFixture {
  program: Program;
  intake: ProgramIntake;
  /** An admissions officer assigned to the program. */
  officerId: string;
}

export interface IntakeOptions {
  /** @default 10 */
  capacity?: number;
  /** Places already taken. @default 0 */
  acceptedCount?: number;
}

export async function createIntake(prisma: PrismaClient, options: IntakeOptions = {}): Promise<IntakeFixture> {
  const officerId = randomUUID();
  const program = await prisma.program.create({
    data: {
      slug: `program-${randomUUID()}`,
      name: 'Bachelor of Theology',
      kind: 'degree',
      firstTermCourseIds: [randomUUID(), randomUUID()],
      officers: { create: { userId: officerId } },
    },
  });
  const intake = await prisma.programIntake.create({
    data: {
      programId: program.id,
      term: '2027 February',
      startsOn: new Date('2027-02-01'),
      applicationDeadline: new Date('2026-12-31T23:59:59Z'),
      capacity: options.capacity ?? 10,
      acceptedCount: options.acceptedCount ?? 0,
    },
  });
  return { program, intake, officerId };
}

export interface ApplicationOptions {
  /** @default 'interviewed' */
  status?: ApplicationStatus;
  decision?: DecisionOutcome;
  decidedAt?: Date;
}

/** An application of a fresh applicant, placed directly at `status` (the workflow is tested elsewhere). */
export async function createApplication(prisma: PrismaClient, intake: ProgramIntake, options: ApplicationOptions = {}): Promise<Application> {
  return prisma.application.create({
    data: {
      applicantId: randomUUID(),
      intakeId: intake.id,
      status: options.status ?? 'interviewed',
      decision: options.decision ?? null,
      decidedAt: options.decidedAt ?? null,
      submittedAt: new Date('2026-10-01T09:00:00Z'),
    },
  });
}

/** An application already accepted, its place counted in the intake. */
export async function createAcceptedApplication(prisma: PrismaClient, intake: ProgramIntake, decidedAt = new Date('2026-11-01T09:00:00Z')): Promise<Application> {
  const application = await createApplication(prisma, intake, { status: 'decided', decision: 'accepted', decidedAt });
  await prisma.programIntake.update({ where: { id: intake.id }, data: { acceptedCount: { increment: 1 } } });
  return application;
}

export function createWaitlistedApplication(prisma: PrismaClient, intake: ProgramIntake, decidedAt: Date): Promise<Application> {
  return createApplication(prisma, intake, { status: 'decided', decision: 'waitlisted', decidedAt });
}

/** The ApplicationAccepted payloads in the outbox for one intake. */
export async function acceptedEvents(prisma: PrismaClient, intakeId: string): Promise<Record<string, unknown>[]> {
  const rows = await prisma.admissionsOutboxEvent.findMany({
    where: { type: 'ApplicationAccepted', payload: { path: ['intakeId'], equals: intakeId } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => row.payload as Record<string, unknown>);
}

export const RATIONALE = 'Strong interview, clear calling and the prerequisites in place.';
