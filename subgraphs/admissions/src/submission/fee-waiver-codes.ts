// Admins issue codes that waive a program's application fee (or any program's, when none is named):
// readable codes people can type from a letter, a number of uses and an optional expiry.
import { randomInt } from 'node:crypto';
import { Prisma, type FeeWaiverCode, type PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { isUuid } from '../../../kit/src/uuid';

export const MAX_WAIVER_USES = 10_000;
export const WAIVER_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
export const WAIVER_CODE_LENGTH = { min: 4, max: 40 } as const;
/** No 0/O or 1/I/L: a code read aloud or copied from paper is typed right the first time. */
const READABLE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** How people type codes: case and surrounding spaces do not matter. */
export const normalizeWaiverCode = (code: string): string => code.trim().toUpperCase();

/** e.g. "WAIVE-7KQ4-M9XH": 31^8 (about 850 billion) possibilities, so codes cannot be guessed. */
export function generateWaiverCode(): string {
  const group = () => Array.from({ length: 4 }, () => READABLE_ALPHABET[randomInt(READABLE_ALPHABET.length)]).join('');
  return `WAIVE-${group()}-${group()}`;
}

export interface NewFeeWaiverCode {
  createdById: string;
  /** Null: valid for every program. */
  programId?: string | null;
  maxUses: number;
  expiresAt?: Date | null;
  /** Null: one is generated. */
  code?: string | null;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export async function createFeeWaiverCode(prisma: PrismaClient, input: NewFeeWaiverCode, now: Date): Promise<FeeWaiverCode> {
  if (!Number.isInteger(input.maxUses) || input.maxUses < 1 || input.maxUses > MAX_WAIVER_USES) {
    throw badInput(`A code can be used 1–${MAX_WAIVER_USES.toLocaleString('en')} times.`, 'maxUses');
  }
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) throw badInput('The expiry must be in the future.', 'expiresAt');
  const chosen = input.code == null ? null : normalizeWaiverCode(input.code);
  if (chosen !== null && (chosen.length < WAIVER_CODE_LENGTH.min || chosen.length > WAIVER_CODE_LENGTH.max || !WAIVER_CODE_PATTERN.test(chosen))) {
    throw badInput(`A code is ${WAIVER_CODE_LENGTH.min}–${WAIVER_CODE_LENGTH.max} letters and digits, in groups joined by single hyphens (e.g. "PASTORS-2027").`, 'code');
  }
  if (input.programId != null) {
    const program = isUuid(input.programId) ? await prisma.program.findUnique({ where: { id: input.programId }, select: { id: true } }) : null;
    if (!program) throw notFound('That program');
  }
  try {
    return await prisma.feeWaiverCode.create({
      data: { code: chosen ?? generateWaiverCode(), programId: input.programId ?? null, maxUses: input.maxUses, expiresAt: input.expiresAt ?? null, createdById: input.createdById },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`The code "${chosen ?? 'generated'}" already exists; choose another.`);
    throw error;
  }
}
