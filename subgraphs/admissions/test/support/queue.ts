// Factories for staff-facing tests through the gateway: a program whose officer is a real person with
// a token, and applications by real applicants placed directly at a stage, with the fields the queue
// filters on. Fresh ids everywhere, so test files sharing the database never meet.
import { randomUUID } from 'node:crypto';
import { createPerson, createStudent, type Person } from '../../../../scripts/platform/test-people';
import type { Application, ApplicationStatus, DecisionOutcome, PrismaClient, Program, ProgramIntake } from '../../../kit/src/db';

export const DAY_MS = 86_400_000;
export const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * DAY_MS);

export interface StaffedProgram {
  program: Program;
  intake: ProgramIntake;
  /** An admissions officer assigned to the program. */
  officer: Person;
}

export interface StaffedProgramOptions {
  /** @default 10 */
  capacity?: number;
  /** @default 'Bachelor of Theology' */
  name?: string;
  /** @default '2027 February' */
  term?: string;
  /** Further officers of the program. @default [] */
  moreOfficers?: Person[];
}

export async function createStaffedProgram(prisma: PrismaClient, options: StaffedProgramOptions = {}): Promise<StaffedProgram> {
  const officer = await createPerson(prisma, { roles: ['admissions_officer'] });
  const officerIds = [officer.id, ...(options.moreOfficers ?? []).map((person) => person.id)];
  const program = await prisma.program.create({
    data: {
      slug: `program-${randomUUID()}`,
      name: options.name ?? 'Bachelor of Theology',
      kind: 'degree',
      firstTermCourseIds: [randomUUID()],
      officers: { create: officerIds.map((userId) => ({ userId })) },
    },
  });
  const intake = await createIntakeOf(prisma, program, { capacity: options.capacity, term: options.term });
  return { program, intake, officer };
}

export function createIntakeOf(prisma: PrismaClient, program: Program, options: { capacity?: number; term?: string } = {}): Promise<ProgramIntake> {
  return prisma.programIntake.create({
    data: {
      programId: program.id,
      term: options.term ?? '2027 February',
      startsOn: new Date('2027-02-01'),
      applicationDeadline: new Date('2026-12-31T23:59:59Z'),
      capacity: options.capacity ?? 10,
    },
  });
}

export interface StagedApplicationOptions {
  /** @default a fresh student */
  applicant?: Person;
  /** @default 'interviewed' */
  status?: ApplicationStatus;
  decision?: DecisionOutcome;
  decidedAt?: Date;
  /** personalDetails.legalName. @default none */
  legalName?: string;
  /** @default now */
  stageEnteredAt?: Date;
  /** @default 30 days ago */
  submittedAt?: Date;
  assignedOfficerId?: string;
}

export interface StagedApplication {
  application: Application;
  applicant: Person;
}

/** An application by a real person (who can sign in), placed directly at `status`. */
export async function createStagedApplication(prisma: PrismaClient, intake: ProgramIntake, options: StagedApplicationOptions = {}): Promise<StagedApplication> {
  const applicant = options.applicant ?? (await createStudent(prisma));
  const application = await prisma.application.create({
    data: {
      applicantId: applicant.id,
      intakeId: intake.id,
      status: options.status ?? 'interviewed',
      decision: options.decision ?? null,
      decidedAt: options.decidedAt ?? null,
      personalDetails: options.legalName === undefined ? {} : { legalName: options.legalName },
      stageEnteredAt: options.stageEnteredAt ?? new Date(),
      submittedAt: options.submittedAt ?? daysAgo(30),
      assignedOfficerId: options.assignedOfficerId ?? null,
    },
  });
  return { application, applicant };
}

/** The person's address, as users delivers mail to it. */
export async function emailOf(prisma: PrismaClient, person: Pick<Person, 'id'>): Promise<string> {
  return (await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { email: true } })).email;
}
