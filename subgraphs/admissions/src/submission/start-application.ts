// Opens a draft application for one person and one intake. The intake must still take applications
// and its program must be active; a person applies to an intake once (the unique key settles a race),
// and the draft's creation is the first step of its audit trail.
import { Prisma, type Application, type PrismaClient } from '../../../kit/src/db';
import { conflict, notFound, userError } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';
import { isIntakeOpen } from '../programs/program-rules';

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

function alreadyApplied(applicationId: string) {
  return userError('CONFLICT', 'You already have an application for this intake; continue that one instead.', { applicationId });
}

export async function startApplication(prisma: PrismaClient, input: { applicantId: string; intakeId: string; now: Date }): Promise<Application> {
  const intake = isUuid(input.intakeId)
    ? await prisma.programIntake.findUnique({ where: { id: input.intakeId }, include: { program: { select: { name: true, active: true } } } })
    : null;
  if (!intake) throw notFound('That intake');
  if (!intake.program.active) throw conflict(`${intake.program.name} is not taking applications at the moment.`);
  if (!isIntakeOpen(intake, input.now)) {
    throw conflict(`Applications for ${intake.program.name}, ${intake.term} closed on ${intake.applicationDeadline.toISOString().slice(0, 10)}; choose a later intake.`);
  }
  const existing = await prisma.application.findUnique({ where: { applicantId_intakeId: { applicantId: input.applicantId, intakeId: intake.id } }, select: { id: true } });
  if (existing) throw alreadyApplied(existing.id);
  try {
    return await prisma.$transaction(async (tx) => {
      const application = await tx.application.create({ data: { applicantId: input.applicantId, intakeId: intake.id, status: 'draft', stageEnteredAt: input.now } });
      await tx.applicationTransition.create({
        data: { applicationId: application.id, fromStatus: null, toStatus: 'draft', actorId: input.applicantId, note: 'Application started.', createdAt: input.now },
      });
      return application;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await prisma.application.findUniqueOrThrow({ where: { applicantId_intakeId: { applicantId: input.applicantId, intakeId: intake.id } }, select: { id: true } });
    throw alreadyApplied(winner.id);
  }
}
