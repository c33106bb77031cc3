// Admins create and change programs, their intakes and who works on them. Every change is validated
// before it is written; a program's slug and an intake's term are unique, and a clash is a CONFLICT.
import { Prisma, type Db, type Program, type ProgramIntake, type ProgramKind } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';
import { parseEligibilityRules } from '../eligibility/eligibility-rules';
import {
  assertApplicationFee,
  assertDescription,
  assertIntake,
  assertProgramSlug,
  normalizeCourseIds,
  normalizeProgramName,
} from './program-rules';

export interface ProgramFields {
  slug: string;
  name: string;
  kind: ProgramKind;
  facultyId?: string | null;
  description?: string | null;
  requiredCourseIds?: string[] | null;
  firstTermCourseIds?: string[] | null;
  applicationFeeCents?: number | null;
  eligibilityRules?: unknown;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

function programData(fields: Partial<ProgramFields>): Prisma.ProgramUncheckedUpdateInput {
  const data: Prisma.ProgramUncheckedUpdateInput = {};
  if (fields.slug !== undefined) {
    assertProgramSlug(fields.slug);
    data.slug = fields.slug;
  }
  if (fields.name !== undefined) data.name = normalizeProgramName(fields.name);
  if (fields.kind !== undefined) data.kind = fields.kind;
  if (fields.facultyId !== undefined) data.facultyId = fields.facultyId;
  if (fields.description != null) {
    assertDescription(fields.description);
    data.description = fields.description.trim();
  }
  if (fields.requiredCourseIds != null) data.requiredCourseIds = normalizeCourseIds(fields.requiredCourseIds, 'requiredCourseIds');
  if (fields.firstTermCourseIds != null) data.firstTermCourseIds = normalizeCourseIds(fields.firstTermCourseIds, 'firstTermCourseIds');
  if (fields.applicationFeeCents != null) {
    assertApplicationFee(fields.applicationFeeCents);
    data.applicationFeeCents = fields.applicationFeeCents;
  }
  if (fields.eligibilityRules !== undefined && fields.eligibilityRules !== null) {
    data.eligibilityRules = parseEligibilityRules(fields.eligibilityRules) as Prisma.InputJsonValue;
  }
  return data;
}

export async function createProgram(db: Db, fields: ProgramFields): Promise<Program> {
  const data = programData(fields) as Prisma.ProgramUncheckedCreateInput;
  try {
    return await db.program.create({ data });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A program with the slug "${fields.slug}" already exists; choose another slug.`);
    throw error;
  }
}

export async function updateProgram(db: Db, programId: string, fields: Partial<ProgramFields> & { active?: boolean | null }): Promise<Program> {
  await findProgram(db, programId);
  const data = programData(fields);
  if (fields.active != null) data.active = fields.active;
  try {
    return await db.program.update({ where: { id: programId }, data });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A program with the slug "${fields.slug}" already exists; choose another slug.`);
    throw error;
  }
}

export async function findProgram(db: Db, programId: string): Promise<Program> {
  const program = isUuid(programId) ? await db.program.findUnique({ where: { id: programId } }) : null;
  if (!program) throw notFound('That program');
  return program;
}

export interface IntakeInput {
  term: string;
  startsOn: Date;
  applicationDeadline: Date;
  capacity: number;
}

export async function createIntake(db: Db, programId: string, input: IntakeInput): Promise<ProgramIntake> {
  await findProgram(db, programId);
  assertIntake(input);
  try {
    return await db.programIntake.create({ data: { programId, ...input, term: input.term.trim() } });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`This program already has an intake for "${input.term.trim()}".`);
    throw error;
  }
}

/** Changes an intake under its row lock, so capacity never drops below places an acceptance just took. */
export async function updateIntake(db: Db, intakeId: string, changes: Partial<IntakeInput>): Promise<ProgramIntake> {
  if (!isUuid(intakeId)) throw notFound('That intake');
  const [locked] = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM admissions.program_intake WHERE id = ${intakeId}::uuid FOR UPDATE`;
  if (!locked) throw notFound('That intake');
  const intake = await db.programIntake.findUniqueOrThrow({ where: { id: intakeId } });
  const next = {
    term: changes.term ?? intake.term,
    startsOn: changes.startsOn ?? intake.startsOn,
    applicationDeadline: changes.applicationDeadline ?? intake.applicationDeadline,
    capacity: changes.capacity ?? intake.capacity,
  };
  assertIntake(next, intake.acceptedCount);
  try {
    return await db.programIntake.update({ where: { id: intakeId }, data: { ...next, term: next.term.trim() } });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`This program already has an intake for "${next.term.trim()}".`);
    throw error;
  }
}

export async function assignProgramOfficer(db: Db, programId: string, userId: string): Promise<void> {
  await findProgram(db, programId);
  if (!isUuid(userId)) throw badInput('userId is not a valid id.', 'userId');
  await db.programOfficer.createMany({ data: [{ programId, userId }], skipDuplicates: true });
}

export async function removeProgramOfficer(db: Db, programId: string, userId: string): Promise<void> {
  await findProgram(db, programId);
  if (!isUuid(userId)) throw badInput('userId is not a valid id.', 'userId');
  await db.programOfficer.deleteMany({ where: { programId, userId } });
}
