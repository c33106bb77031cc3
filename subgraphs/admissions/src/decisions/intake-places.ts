// The places of an intake. `acceptedCount` changes only while the intake's row is locked, so concurrent
// acceptances, withdrawals and promotions take their turn and the count never passes capacity.
//
// Lock order: every decision and withdrawal locks the intake first and its applications after, so two
// of them never hold each other's locks (a withdrawal promoting someone an officer is deciding at once).
import type { Db, Program, ProgramIntake } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';

export type IntakeWithProgram = ProgramIntake & { program: Program };

/** The intake and its program, its row locked until the transaction ends; NOT_FOUND when there is none. */
export async function lockIntake(tx: Db, intakeId: string): Promise<IntakeWithProgram> {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM admissions.program_intake WHERE id = ${intakeId}::uuid FOR UPDATE`;
  if (!locked) throw notFound('That intake');
  return tx.programIntake.findUniqueOrThrow({ where: { id: intakeId }, include: { program: true } });
}

export function hasFreePlace(intake: ProgramIntake): boolean {
  return intake.acceptedCount < intake.capacity;
}

/** Takes one place of a locked intake; CONFLICT when none is left. */
export async function takePlace(tx: Db, intake: ProgramIntake): Promise<ProgramIntake> {
  if (!hasFreePlace(intake)) throw conflict('The intake is full; waitlist instead.');
  return tx.programIntake.update({ where: { id: intake.id }, data: { acceptedCount: { increment: 1 } } });
}

/** Gives one place of a locked intake back; never below zero. */
export async function freePlace(tx: Db, intake: ProgramIntake): Promise<ProgramIntake> {
  if (intake.acceptedCount <= 0) return intake;
  return tx.programIntake.update({ where: { id: intake.id }, data: { acceptedCount: { decrement: 1 } } });
}
