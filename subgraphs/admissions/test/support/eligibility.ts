// Small factories for eligibility tests: a program with one intake and the given rules, applications to
// it in a chosen status, and CourseCompleted events as courses emits them. Fresh UUIDs everywhere, so
// test files running side by side never meet.
import { randomUUID } from 'node:crypto';
import type { Application, ApplicationStatus, Prisma, PrismaClient } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';

export async function createIntakeWithRules(prisma: PrismaClient, eligibilityRules: Prisma.InputJsonValue): Promise<{ programId: string; intakeId: string }> {
  const program = await prisma.program.create({
    data: { slug: `program-${randomUUID()}`, name: 'Bachelor of Theology', kind: 'degree', eligibilityRules },
  });
  const intake = await prisma.programIntake.create({
    data: { programId: program.id, term: '2027 February', startsOn: new Date('2027-02-01'), applicationDeadline: new Date('2026-12-31T23:59:59Z'), capacity: 10 },
  });
  return { programId: program.id, intakeId: intake.id };
}

export interface ApplicationOptions {
  /** @default a fresh person */
  applicantId?: string;
  /** @default 'submitted' */
  status?: ApplicationStatus;
  /** @default {} */
  personalDetails?: Prisma.InputJsonValue;
  /** @default [] */
  educationHistory?: Prisma.InputJsonValue;
}

export function createApplication(prisma: PrismaClient, intakeId: string, options: ApplicationOptions = {}): Promise<Application> {
  return prisma.application.create({
    data: {
      intakeId,
      applicantId: options.applicantId ?? randomUUID(),
      status: options.status ?? 'submitted',
      personalDetails: options.personalDetails ?? {},
      educationHistory: options.educationHistory ?? [],
    },
  });
}

export function courseCompletedEvent(payload: { userId: string; courseId: string; completedAt?: string }): DomainEvent {
  return {
    id: randomUUID(),
    type: 'CourseCompleted',
    domain: 'courses',
    payload: {
      enrollmentId: randomUUID(),
      userId: payload.userId,
      courseId: payload.courseId,
      finalGrade: 82.5,
      completedAt: payload.completedAt ?? '2026-06-30T12:00:00.000Z',
      certificateCode: 'SF-TEST',
      courseTitle: 'Old Testament Survey',
    },
    occurredAt: new Date().toISOString(),
  };
}
