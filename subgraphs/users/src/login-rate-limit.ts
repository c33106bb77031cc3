// Sign-in throttling: at most LOGIN_MAX_FAILURES failed attempts per LOGIN_WINDOW_MS, counted per
// account (email) and per client IP. An attempt is recorded *before* the password is checked and the
// count includes it, so attempts racing in one request (aliased or batched login fields) or in
// parallel requests each see the ones before them: no more than the limit ever reach the hasher.
// A successful sign-in removes its own attempt row and the account's earlier failures.
import type { Db } from '../../kit/src/db';

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type LoginAttemptDecision =
  | { kind: 'allowed'; attemptId: string }
  | { kind: 'limited'; retryAfterSeconds: number };

/**
 * Records an attempt for `email` (normalised) from `ip` and decides whether it may proceed.
 * Use the root client, not a transaction: the row must be visible to concurrent attempts at once.
 */
export async function claimLoginAttempt(
  db: Db,
  input: { email: string; ip: string; now?: Date },
): Promise<LoginAttemptDecision> {
  const now = input.now ?? new Date();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const attempt = await db.loginFailure.create({ data: { email: input.email, ip: input.ip, createdAt: now } });
  const [byEmail, byIp] = await Promise.all([
    db.loginFailure.count({ where: { email: input.email, createdAt: { gt: since } } }),
    db.loginFailure.count({ where: { ip: input.ip, createdAt: { gt: since } } }),
  ]);
  if (byEmail <= LOGIN_MAX_FAILURES && byIp <= LOGIN_MAX_FAILURES) return { kind: 'allowed', attemptId: attempt.id };

  // A refused attempt is not a failure of its own; dropping it keeps the window from sliding forever
  // while someone keeps hammering, so the retryAfter we announce stays true.
  await db.loginFailure.delete({ where: { id: attempt.id } });
  const oldest = await db.loginFailure.findFirst({
    where: {
      createdAt: { gt: since },
      OR: [
        ...(byEmail > LOGIN_MAX_FAILURES ? [{ email: input.email }] : []),
        ...(byIp > LOGIN_MAX_FAILURES ? [{ ip: input.ip }] : []),
      ],
    },
    orderBy: { createdAt: 'asc' },
    select: { createdAt: true },
  });
  const freeAt = (oldest?.createdAt.getTime() ?? now.getTime()) + LOGIN_WINDOW_MS;
  return { kind: 'limited', retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}

/** The attempt succeeded: it and the account's earlier failures no longer count. */
export async function clearLoginFailures(db: Db, input: { email: string; attemptId: string }): Promise<void> {
  await db.loginFailure.deleteMany({ where: { OR: [{ id: input.attemptId }, { email: input.email }] } });
}
