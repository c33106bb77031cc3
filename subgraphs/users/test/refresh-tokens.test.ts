import type { PrismaClient, User } from '../../kit/src/db';
import {
  hashRefreshToken,
  issueRefreshToken,
  REFRESH_GRACE_MS,
  REFRESH_TOKEN_TTL_MS,
  revokeRefreshTokenFamilyOf,
  rotateRefreshToken,
  type RotationResult,
} from '../src/refresh-tokens';
import { connectTestDatabase } from './support/database';
import { createUser } from './support/factories';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = connectTestDatabase();
});
afterAll(() => prisma.$disconnect());

function rotated(result: RotationResult) {
  if (result.kind !== 'rotated') throw new Error(`expected a rotation, got ${result.reason}`);
  return result.next;
}

const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('refresh tokens', () => {
  let user: User;
  beforeEach(async () => {
    user = await createUser(prisma);
  });

  it('stores only the hash of an opaque token', async () => {
    const issued = await issueRefreshToken(prisma, user.id);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await prisma.refreshToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.tokenHash).toBe(hashRefreshToken(issued.token));
    expect(row.tokenHash).not.toContain(issued.token);
  });

  it('lives thirty days', async () => {
    const now = new Date();
    const issued = await issueRefreshToken(prisma, user.id, now);
    expect(issued.expiresAt.getTime() - now.getTime()).toBe(REFRESH_TOKEN_TTL_MS);
  });

  it('rotates into a new token of the same family', async () => {
    const first = await issueRefreshToken(prisma, user.id);
    const second = rotated(await rotateRefreshToken(prisma, first.token));
    expect(second.token).not.toBe(first.token);
    expect(second.familyId).toBe(first.familyId);
    const spent = await prisma.refreshToken.findUniqueOrThrow({ where: { id: first.id } });
    expect(spent.rotatedAt).not.toBeNull();
    expect(spent.replacedById).toBe(second.id);
  });

  it('refuses a second refresh with a spent token after the grace window and revokes the family', async () => {
    const now = new Date();
    const first = await issueRefreshToken(prisma, user.id, now);
    const second = rotated(await rotateRefreshToken(prisma, first.token, now));
    const reuse = await rotateRefreshToken(prisma, first.token, later(now, REFRESH_GRACE_MS + 1));
    expect(reuse).toEqual({ kind: 'refused', reason: 'reused' });
    // The honest successor dies too: whoever holds it may be the thief.
    expect(await rotateRefreshToken(prisma, second.token, later(now, REFRESH_GRACE_MS + 2))).toEqual({ kind: 'refused', reason: 'revoked' });
    const live = await prisma.refreshToken.count({ where: { familyId: first.familyId, revokedAt: null } });
    expect(live).toBe(0);
  });

  it('lets a spent token refresh once more within the grace window, in the same family', async () => {
    const now = new Date();
    const first = await issueRefreshToken(prisma, user.id, now);
    const winner = rotated(await rotateRefreshToken(prisma, first.token, now));
    const late = await rotateRefreshToken(prisma, first.token, later(now, REFRESH_GRACE_MS - 1));
    expect(late).toMatchObject({ kind: 'rotated', graceReuse: true });
    expect(rotated(late).familyId).toBe(first.familyId);
    // Both successors keep working.
    expect((await rotateRefreshToken(prisma, winner.token)).kind).toBe('rotated');
    expect((await rotateRefreshToken(prisma, rotated(late).token)).kind).toBe('rotated');
  });

  it('treats reuse as theft within the grace window once the successor has been used', async () => {
    const now = new Date();
    const first = await issueRefreshToken(prisma, user.id, now);
    const second = rotated(await rotateRefreshToken(prisma, first.token, now));
    rotated(await rotateRefreshToken(prisma, second.token, later(now, 1000)));
    expect(await rotateRefreshToken(prisma, first.token, later(now, 2000))).toEqual({ kind: 'refused', reason: 'reused' });
    expect(await prisma.refreshToken.count({ where: { familyId: first.familyId, revokedAt: null } })).toBe(0);
  });

  it('lets two concurrent refreshes with the same token both succeed', async () => {
    const first = await issueRefreshToken(prisma, user.id);
    const results = await Promise.all([rotateRefreshToken(prisma, first.token), rotateRefreshToken(prisma, first.token)]);
    const tokens = results.map(rotated);
    expect(tokens[0]!.token).not.toBe(tokens[1]!.token);
    expect(tokens.every((token) => token.familyId === first.familyId)).toBe(true);
    expect(results.filter((result) => result.kind === 'rotated' && !result.graceReuse)).toHaveLength(1);
  });

  it('refuses an expired token', async () => {
    const longAgo = new Date(Date.now() - REFRESH_TOKEN_TTL_MS - 1000);
    const old = await issueRefreshToken(prisma, user.id, longAgo);
    expect(await rotateRefreshToken(prisma, old.token)).toEqual({ kind: 'refused', reason: 'expired' });
  });

  it('refuses an unknown token', async () => {
    expect(await rotateRefreshToken(prisma, 'not-a-token')).toEqual({ kind: 'refused', reason: 'unknown' });
  });

  it('refuses every token of a family after logout', async () => {
    const first = await issueRefreshToken(prisma, user.id);
    const second = rotated(await rotateRefreshToken(prisma, first.token));
    await revokeRefreshTokenFamilyOf(prisma, second.token);
    expect(await rotateRefreshToken(prisma, second.token)).toEqual({ kind: 'refused', reason: 'revoked' });
    expect(await rotateRefreshToken(prisma, first.token)).toEqual({ kind: 'refused', reason: 'revoked' });
  });

  it('leaves other sessions of the person alone on logout', async () => {
    const phone = await issueRefreshToken(prisma, user.id);
    const laptop = await issueRefreshToken(prisma, user.id);
    await revokeRefreshTokenFamilyOf(prisma, phone.token);
    expect((await rotateRefreshToken(prisma, laptop.token)).kind).toBe('rotated');
  });
});
