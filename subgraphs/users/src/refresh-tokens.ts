// Rotating refresh tokens. The client holds an opaque random string; we keep only its SHA-256 (the
// token has 256 bits of entropy, so a fast hash is enough). Every refresh spends the presented token
// and issues its successor in the same family. Presenting a spent token means a copy leaked, so the
// whole family is revoked — except within REFRESH_GRACE_MS (10 s) of its rotation and only while its
// successor is still unused: two tabs refreshing at the same moment both present the same token, and
// the slower one must not log the person out, so it gets its own fresh token of the same family. Once
// the successor has been refreshed, or the window has passed, a replay is treated as theft.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../kit/src/db';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** How long after rotation a spent token may still be presented once more by an honest concurrent request. */
export const REFRESH_GRACE_MS = 10 * 1000;

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedRefreshToken {
  token: string;
  id: string;
  familyId: string;
  userId: string;
  expiresAt: Date;
}

/** Starts a new family (a new login). */
export function issueRefreshToken(db: Db, userId: string, now: Date = new Date()): Promise<IssuedRefreshToken> {
  return createInFamily(db, { userId, familyId: randomUUID(), now });
}

async function createInFamily(db: Db, input: { userId: string; familyId: string; now: Date }): Promise<IssuedRefreshToken> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + REFRESH_TOKEN_TTL_MS);
  const row = await db.refreshToken.create({
    data: {
      userId: input.userId,
      familyId: input.familyId,
      tokenHash: hashRefreshToken(token),
      expiresAt,
      createdAt: input.now,
    },
  });
  return { token, id: row.id, familyId: row.familyId, userId: row.userId, expiresAt };
}

export type RefreshRefusal = 'unknown' | 'expired' | 'revoked' | 'reused';

export type RotationResult =
  | { kind: 'rotated'; next: IssuedRefreshToken; graceReuse: boolean }
  | { kind: 'refused'; reason: RefreshRefusal };

/**
 * Spends `token` and issues its successor. A refusal is returned, not thrown, so a caller running this
 * in a transaction still commits the family revocation that reuse triggers.
 */
export async function rotateRefreshToken(db: Db, token: string, now: Date = new Date()): Promise<RotationResult> {
  const current = await db.refreshToken.findUnique({ where: { tokenHash: hashRefreshToken(token) } });
  if (current === null) return { kind: 'refused', reason: 'unknown' };
  if (current.revokedAt !== null) return { kind: 'refused', reason: 'revoked' };
  if (current.expiresAt <= now) return { kind: 'refused', reason: 'expired' };
  // The conditional update is the claim: of two concurrent refreshes exactly one sees count 1.
  const claimed = await db.refreshToken.updateMany({
    where: { id: current.id, rotatedAt: null, revokedAt: null },
    data: { rotatedAt: now },
  });
  if (claimed.count === 1) {
    const next = await createInFamily(db, { userId: current.userId, familyId: current.familyId, now });
    await db.refreshToken.update({ where: { id: current.id }, data: { replacedById: next.id } });
    return { kind: 'rotated', next, graceReuse: false };
  }
  const spent = await db.refreshToken.findUnique({ where: { id: current.id } });
  const successor = spent?.replacedById
    ? await db.refreshToken.findUnique({ where: { id: spent.replacedById }, select: { rotatedAt: true } })
    : null;
  if (spent && isHonestRace(spent, successor, now)) {
    const next = await createInFamily(db, { userId: current.userId, familyId: current.familyId, now });
    return { kind: 'rotated', next, graceReuse: true };
  }
  await revokeRefreshFamily(db, current.familyId, now);
  return { kind: 'refused', reason: 'reused' };
}

/**
 * A spent token presented again is an honest race only while it is fresh (within the grace window)
 * and its successor has not been used: two tabs refreshing together both hold the same token, but once
 * a successor has itself been refreshed the session has moved on and the old token is a copy.
 */
function isHonestRace(
  spent: { revokedAt: Date | null; rotatedAt: Date | null },
  successor: { rotatedAt: Date | null } | null,
  now: Date,
): boolean {
  if (spent.revokedAt !== null || spent.rotatedAt === null) return false;
  if (now.getTime() - spent.rotatedAt.getTime() > REFRESH_GRACE_MS) return false;
  // No successor yet means the winning request has not finished recording it: still a race.
  return successor === null || successor.rotatedAt === null;
}

export async function revokeRefreshFamily(db: Db, familyId: string, now: Date = new Date()): Promise<void> {
  await db.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: now } });
}

/** Logout: ends the session the token belongs to. Unknown tokens are ignored, so logout is idempotent. */
export async function revokeRefreshTokenFamilyOf(db: Db, token: string, now: Date = new Date()): Promise<void> {
  const row = await db.refreshToken.findUnique({ where: { tokenHash: hashRefreshToken(token) }, select: { familyId: true } });
  if (row) await revokeRefreshFamily(db, row.familyId, now);
}

/** Ends every session of a person (password reset, deactivation, deletion). */
export async function revokeAllRefreshTokens(db: Db, userId: string, now: Date = new Date()): Promise<void> {
  await db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}
