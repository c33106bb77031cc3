import type { PrismaClient } from '../../kit/src/db';
import { verifyAccessToken } from '../../kit/src/access-token';
import {
  changePassword,
  deactivateAccount,
  deleteAccount,
  deletedEmailFor,
  login,
  logout,
  refreshSession,
  register,
  REGISTERED_MESSAGE,
  requestEmailVerification,
  requestPasswordReset,
  resetPassword,
  updateProfile,
  verifyEmail,
  WRONG_CREDENTIALS_MESSAGE,
  type AccountServices,
} from '../src/accounts';
import { exportUserData } from '../src/data-export';
import { connectTestDatabase } from './support/database';
import { caught } from './support/errors';
import { createUser, TEST_PASSWORD, uniqueEmail, uniqueIp } from './support/factories';
import { createRecordingMailer, type RecordingMailer } from './support/recording-mailer';

const JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';

let prisma: PrismaClient;
let mailer: RecordingMailer;
let services: AccountServices;
beforeAll(() => {
  prisma = connectTestDatabase();
});
beforeEach(() => {
  mailer = createRecordingMailer();
  services = { prisma, mailer, jwtSecret: JWT_SECRET };
});
afterAll(() => prisma.$disconnect());

async function registerAndVerify(email = uniqueEmail(), password = TEST_PASSWORD) {
  await register(services, { email, password, displayName: 'Ann Lee' });
  await verifyEmail(services, { email, code: mailer.lastCode(email, /verify/i) });
  return email;
}

describe('register', () => {
  it('creates an unverified account with the normalised email and mails a code', async () => {
    const email = uniqueEmail();
    const result = await register(services, { email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD, displayName: 'Ann Lee' });
    expect(result).toEqual({ ok: true, message: REGISTERED_MESSAGE });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(mailer.lastCode(email, /verify/i)).toMatch(/^\d{6}$/);
  });

  it('answers a duplicate email exactly like a new one and mails "you already have an account"', async () => {
    const email = await registerAndVerify();
    const again = await register(services, { email, password: 'Other-pass-9', displayName: 'Someone' });
    expect(again).toEqual({ ok: true, message: REGISTERED_MESSAGE });
    expect(mailer.to(email).at(-1)?.subject).toMatch(/already have/i);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it('keeps the first password when an address is registered again', async () => {
    const email = await registerAndVerify();
    await register(services, { email, password: 'Other-pass-9', displayName: 'Someone' });
    await expect(login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() })).resolves.toBeDefined();
  });

  it('refuses a weak password with BAD_USER_INPUT and writes nothing', async () => {
    const email = uniqueEmail();
    const error = await caught(register(services, { email, password: 'short', displayName: 'Ann' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });
});

describe('email verification', () => {
  it('verifies with the mailed code', async () => {
    const email = await registerAndVerify();
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
  });

  it('answers an unknown email like a wrong code', async () => {
    const error = await caught(verifyEmail(services, { email: uniqueEmail(), code: '123456' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('re-sends a code only to an unverified account', async () => {
    const verified = await registerAndVerify();
    const before = mailer.sent.length;
    await requestEmailVerification(services, verified);
    await requestEmailVerification(services, uniqueEmail());
    expect(mailer.sent.length).toBe(before);
  });
});

describe('login', () => {
  it('issues an access token carrying the roles and a refresh token', async () => {
    const email = await registerAndVerify();
    const session = await login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() });
    const claims = await verifyAccessToken(JWT_SECRET, session.accessToken);
    expect(claims).toMatchObject({ userId: session.user.id, roles: ['student'] });
    expect(session.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('gives one message for an unknown email and a wrong password', async () => {
    const email = await registerAndVerify();
    const wrongPassword = await caught(login(services, { email, password: 'Wrong-pass-1', ip: uniqueIp() }));
    const unknownEmail = await caught(login(services, { email: uniqueEmail(), password: TEST_PASSWORD, ip: uniqueIp() }));
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHENTICATED', message: WRONG_CREDENTIALS_MESSAGE });
  });

  it('tells an unverified person with the right password to verify first', async () => {
    const email = uniqueEmail();
    await register(services, { email, password: TEST_PASSWORD, displayName: 'Ann' });
    const error = await caught(login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/verify your email/i);
  });

  it('answers RATE_LIMITED with retryAfter on the sixth failure in fifteen minutes', async () => {
    const email = await registerAndVerify();
    const ip = uniqueIp();
    for (let i = 0; i < 5; i += 1) {
      expect((await caught(login(services, { email, password: 'Wrong-pass-1', ip }))).code).toBe('UNAUTHENTICATED');
    }
    const limited = await caught(login(services, { email, password: TEST_PASSWORD, ip }));
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.extensions.retryAfter).toEqual(expect.any(Number));
  });

  it('refuses a deactivated account', async () => {
    const email = await registerAndVerify();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    await deactivateAccount(services, { userId: user.id, password: TEST_PASSWORD });
    const error = await caught(login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() }));
    expect(error.message).toMatch(/deactivated/);
  });
});

describe('sessions', () => {
  it('refreshes with current roles and the same session id', async () => {
    const email = await registerAndVerify();
    const first = await login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() });
    await prisma.user.update({ where: { id: first.user.id }, data: { roles: ['student', 'instructor'] } });
    const second = await refreshSession(services, first.refreshToken);
    const [before, after] = await Promise.all([
      verifyAccessToken(JWT_SECRET, first.accessToken),
      verifyAccessToken(JWT_SECRET, second.accessToken),
    ]);
    expect(after.sessionId).toBe(before.sessionId);
    expect(after.roles).toEqual(['student', 'instructor']);
  });

  it('ends the session on logout', async () => {
    const email = await registerAndVerify();
    const session = await login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() });
    await logout(services, session.refreshToken);
    expect(await caught(refreshSession(services, session.refreshToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('passwords', () => {
  it('resets with the mailed code and ends every session', async () => {
    const email = await registerAndVerify();
    const session = await login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() });
    await requestPasswordReset(services, email);
    await resetPassword(services, { email, code: mailer.lastCode(email, /reset/i), newPassword: 'Brand-new-pass-2' });
    expect((await caught(refreshSession(services, session.refreshToken))).code).toBe('UNAUTHENTICATED');
    await expect(login(services, { email, password: 'Brand-new-pass-2', ip: uniqueIp() })).resolves.toBeDefined();
  });

  it('mails nothing for an unknown email and still succeeds', async () => {
    await expect(requestPasswordReset(services, uniqueEmail())).resolves.toBeUndefined();
    expect(mailer.sent).toHaveLength(0);
  });

  it('refuses a reset with a wrong code and keeps the old password', async () => {
    const email = await registerAndVerify();
    await requestPasswordReset(services, email);
    const code = mailer.lastCode(email, /reset/i);
    const error = await caught(resetPassword(services, { email, code: code === '111111' ? '222222' : '111111', newPassword: 'Brand-new-pass-2' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    await expect(login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() })).resolves.toBeDefined();
  });

  it('changes the password only with the current one', async () => {
    const user = await createUser(prisma);
    const wrong = await caught(changePassword(services, { userId: user.id, currentPassword: 'Wrong-pass-1', newPassword: 'Brand-new-pass-2' }));
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    await changePassword(services, { userId: user.id, currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-pass-2' });
    await expect(login(services, { email: user.email, password: 'Brand-new-pass-2', ip: uniqueIp() })).resolves.toBeDefined();
  });
});

describe('profile and account', () => {
  it('updates given fields, clears nulls and keeps the rest', async () => {
    const user = await createUser(prisma);
    await updateProfile(prisma, user.id, { phone: '+14165550100', grade: 9, country: 'CA' });
    const updated = await updateProfile(prisma, user.id, { phone: null, timezone: 'America/Toronto' });
    expect(updated).toMatchObject({ phone: null, grade: 9, country: 'CA', timezone: 'America/Toronto', displayName: 'Test Person' });
  });

  it('exports everything it holds on the person without any hash', async () => {
    const email = await registerAndVerify();
    const session = await login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() });
    const exported = await exportUserData(prisma, session.user.id);
    expect(exported.profile.email).toBe(email);
    expect(exported.sessions).toHaveLength(1);
    expect(exported.verificationCodes).toHaveLength(1);
    const text = JSON.stringify(exported);
    const row = await prisma.user.findUniqueOrThrow({ where: { id: session.user.id } });
    expect(text).not.toContain(row.passwordHash);
    expect(text).not.toMatch(/hash/i);
  });

  it('deletes by anonymising, revoking sessions and emitting UserDeleted in one go', async () => {
    const email = await registerAndVerify();
    const session = await login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() });
    await updateProfile(prisma, session.user.id, { phone: '+14165550100' });
    await deleteAccount(services, { userId: session.user.id, password: TEST_PASSWORD });

    const row = await prisma.user.findUniqueOrThrow({ where: { id: session.user.id } });
    expect(row).toMatchObject({ email: deletedEmailFor(row.id), displayName: 'Deleted user', phone: null, avatarUrl: null });
    expect(row.deletedAt).not.toBeNull();
    expect((await caught(refreshSession(services, session.refreshToken))).code).toBe('UNAUTHENTICATED');
    expect((await caught(login(services, { email, password: TEST_PASSWORD, ip: uniqueIp() }))).message).toBe(WRONG_CREDENTIALS_MESSAGE);
    const event = await prisma.usersOutboxEvent.findFirst({ where: { type: 'UserDeleted', payload: { equals: { userId: row.id } } } });
    expect(event).not.toBeNull();
  });

  it('refuses to delete with a wrong password and changes nothing', async () => {
    const user = await createUser(prisma);
    expect((await caught(deleteAccount(services, { userId: user.id, password: 'Wrong-pass-1' }))).code).toBe('BAD_USER_INPUT');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });

  it('frees the email of a deleted account for a new registration', async () => {
    const email = await registerAndVerify();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    await deleteAccount(services, { userId: user.id, password: TEST_PASSWORD });
    await register(services, { email, password: TEST_PASSWORD, displayName: 'New Ann' });
    const fresh = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(fresh.id).not.toBe(user.id);
  });
});
