// Spends one use of a fee waiver code inside the submitting transaction. The use is counted by one
// conditional UPDATE (uses < maxUses, not expired): when two applicants race for the last use, the second
// UPDATE waits for the first to commit, re-reads the row and matches nothing, so exactly one wins.
import type { Db, FeeWaiverCode } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { normalizeWaiverCode } from './fee-waiver-codes';

const FIELD = 'feeWaiverCode';

/** The code after one use was counted; BAD_USER_INPUT on `feeWaiverCode` when it does not apply. */
export async function redeemFeeWaiverCode(tx: Db, input: { code: string; programId: string; now: Date }): Promise<FeeWaiverCode> {
  const code = await tx.feeWaiverCode.findUnique({ where: { code: normalizeWaiverCode(input.code) } });
  if (!code) throw badInput('That fee waiver code does not exist. Check it against the letter or email you received.', FIELD);
  if (code.programId !== null && code.programId !== input.programId) throw badInput('That fee waiver code is for a different program.', FIELD);
  if (code.expiresAt !== null && code.expiresAt.getTime() <= input.now.getTime()) throw badInput('That fee waiver code has expired.', FIELD);
  const spent = await tx.$executeRaw`
    UPDATE admissions.fee_waiver_code SET uses = uses + 1
    WHERE id = ${code.id}::uuid AND uses < max_uses AND (expires_at IS NULL OR expires_at > ${input.now})`;
  if (spent === 0) throw badInput('That fee waiver code has been used up.', FIELD);
  return tx.feeWaiverCode.findUniqueOrThrow({ where: { id: code.id } });
}
