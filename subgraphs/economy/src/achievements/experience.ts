// A person's XP total (UserXp): only ever added to, in the transaction that earned it.
import type { Db } from '../../../kit/src/db';

export async function addExperience(tx: Db, userId: string, xp: number): Promise<void> {
  if (!Number.isSafeInteger(xp) || xp < 0) throw new Error(`XP is a whole, non-negative number, not ${xp}.`);
  if (xp === 0) return;
  await tx.$executeRaw`
    INSERT INTO economy.user_xp (user_id, xp, updated_at) VALUES (${userId}::uuid, ${xp}, now())
    ON CONFLICT (user_id) DO UPDATE SET xp = economy.user_xp.xp + EXCLUDED.xp, updated_at = now()`;
}
