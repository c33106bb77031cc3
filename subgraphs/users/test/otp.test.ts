import type { PrismaClient, User } from '../../kit/src/db';
import { consumeOtp, generateOtpCode, issueOtp, OTP_MAX_ATTEMPTS, OTP_TTL_MS } from '../src/otp';
import { connectTestDatabase } from './support/database';
import { createUser } from './support/factories';

const PEPPER = 'test-otp-pepper';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = connectTestDatabase();
});
afterAll(() => prisma.$disconnect());

function wrongCodeFor(code: string): string {
  return code === '000000' ? '000001' : '000000';
}

async function codeErrorOf(promise: Promise<unknown>): Promise<{ message: string; code: unknown; field: unknown }> {
  try {
    await promise;
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    return { message, code: extensions.code, field: extensions.field };
  }
  throw new Error('expected the code to be refused');
}

describe('one-time codes', () => {
  let user: User;
  beforeEach(async () => {
    user = await createUser(prisma);
  });

  it('generates six digits', () => {
    for (let i = 0; i < 50; i += 1) expect(generateOtpCode()).toMatch(/^\d{6}$/);
  });

  it('stores a hash, never the code', async () => {
    const { code } = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    const row = await prisma.emailOtp.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.codeHash).not.toContain(code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('expires ten minutes after issue', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const { expiresAt } = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', now });
    expect(expiresAt.getTime() - now.getTime()).toBe(OTP_TTL_MS);
  });

  it('accepts the right code once', async () => {
    const { code } = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    await expect(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code })).resolves.toBeUndefined();
    const second = await codeErrorOf(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code }));
    expect(second).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('refuses a wrong code with BAD_USER_INPUT', async () => {
    const { code } = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    const refused = await codeErrorOf(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code: wrongCodeFor(code) }));
    expect(refused).toEqual({ code: 'BAD_USER_INPUT', field: 'code', message: expect.stringMatching(/wrong or has expired/) });
  });

  it('refuses an expired code and says to request a new one', async () => {
    const issuedAt = new Date(Date.now() - OTP_TTL_MS - 1000);
    const { code } = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', now: issuedAt });
    const refused = await codeErrorOf(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code }));
    expect(refused.message).toMatch(/expired.*Request a new code/);
  });

  it('stops accepting even the right code after five wrong attempts', async () => {
    const { code } = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    for (let i = 0; i < OTP_MAX_ATTEMPTS; i += 1) {
      await codeErrorOf(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code: wrongCodeFor(code) }));
    }
    const refused = await codeErrorOf(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code }));
    expect(refused.message).toMatch(/Too many wrong attempts/);
  });

  it('counts concurrent guesses against the same five attempts', async () => {
    const { code } = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    await Promise.allSettled(
      Array.from({ length: 12 }, () => consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code: wrongCodeFor(code) })),
    );
    const row = await prisma.emailOtp.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.attempts).toBe(OTP_MAX_ATTEMPTS);
  });

  it('invalidates the older code of the same purpose when a new one is issued', async () => {
    const first = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    const second = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    if (first.code !== second.code) {
      const refused = await codeErrorOf(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code: first.code }));
      expect(refused.code).toBe('BAD_USER_INPUT');
    }
    await expect(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email', code: second.code })).resolves.toBeUndefined();
  });

  it('keeps codes of another purpose working', async () => {
    const reset = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'password_reset' });
    await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    await expect(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'password_reset', code: reset.code })).resolves.toBeUndefined();
  });

  it('does not accept a code issued for another purpose', async () => {
    const { code } = await issueOtp(prisma, PEPPER, { userId: user.id, purpose: 'verify_email' });
    const refused = await codeErrorOf(consumeOtp(prisma, PEPPER, { userId: user.id, purpose: 'password_reset', code }));
    expect(refused.code).toBe('BAD_USER_INPUT');
  });
});
