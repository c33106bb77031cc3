// Account lifecycle: registration, email verification, sign-in sessions, passwords, profile,
// deactivation and deletion. Plain values in, Prisma rows out; no GraphQL here.
import { randomBytes } from 'node:crypto';
import type { Db, PrismaClient, User } from '../../kit/src/db';
import { Prisma } from '../../kit/src/db';
import type { Role } from '../../kit/src/viewer';
import type { Mailer } from '../../kit/src/mail';
import { issueAccessToken } from '../../kit/src/access-token';
import { badInput, notFound, rateLimited, userError } from '../../kit/src/errors';
import { emitEvent } from '../../kit/src/events';
import { normaliseEmail } from './email-address';
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from './password';
import { consumeOtp, issueOtp, otpRecentlyIssued, type OtpPurpose } from './otp';
import { deriveOtpPepper } from './otp-pepper';
import { issueRefreshToken, revokeAllRefreshTokens, revokeRefreshTokenFamilyOf, rotateRefreshToken } from './refresh-tokens';
import { claimLoginAttempt, clearLoginFailures } from './login-rate-limit';
import { alreadyRegisteredMail, passwordResetMail, verificationMail, type MailContent } from './mail-templates';

export interface AccountServices {
  /** Root client. Attempt counters must commit even when the request then fails, so they never run in a rolled-back transaction. */
  prisma: PrismaClient;
  mailer: Mailer;
  /** Secret access tokens are signed with; the OTP pepper is derived from it. */
  jwtSecret: string;
}

export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';
export const REGISTERED_MESSAGE = 'Check your email for a 6-digit code to verify your address, then sign in.';
export const SESSION_ENDED_MESSAGE = 'Your session has ended. Sign in again.';

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  grade?: number | null;
  country?: string | null;
  province?: string | null;
  locale?: string | null;
  timezone?: string | null;
}

export interface RegisterResult {
  ok: true;
  message: string;
}

function assertPasswordPolicy(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw badInput(problem, field);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Creates an unverified account and mails a verification code. An email that already has an account
 * gets the same answer and a "you already have an account" mail instead, so the response never
 * reveals who is registered. The password is hashed either way so timing does not tell either.
 */
export async function register(services: AccountServices, input: RegisterInput): Promise<RegisterResult> {
  const email = normaliseEmail(input.email);
  assertPasswordPolicy(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  const pepper = deriveOtpPepper(services.jwtSecret);

  const existing = await services.prisma.user.findUnique({ where: { email } });
  if (existing === null) {
    try {
      const code = await services.prisma.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: {
            email,
            passwordHash,
            displayName: input.displayName,
            grade: input.grade ?? null,
            country: input.country ?? null,
            province: input.province ?? null,
            ...(input.locale ? { locale: input.locale } : {}),
            ...(input.timezone ? { timezone: input.timezone } : {}),
          },
        });
        return (await issueOtp(tx, pepper, { userId: user.id, purpose: 'verify_email' })).code;
      });
      await services.mailer.send({ to: email, ...verificationMail(input.displayName, code) });
      return { ok: true, message: REGISTERED_MESSAGE };
    } catch (error) {
      // Lost a race with a concurrent registration of the same email: answer like any duplicate.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const account = existing ?? (await services.prisma.user.findUnique({ where: { email } }));
  if (account !== null && account.deletedAt === null) {
    if (account.emailVerifiedAt === null) {
      // They never finished signing up: a fresh code is the most useful thing to send.
      await mailFreshCode(services, account, 'verify_email');
    } else {
      await services.mailer.send({ to: email, ...alreadyRegisteredMail(account.displayName) });
    }
  }
  return { ok: true, message: REGISTERED_MESSAGE };
}

async function findActiveByEmail(db: Db, email: string): Promise<User | null> {
  return db.user.findFirst({ where: { email: normaliseEmail(email), deletedAt: null } });
}

const CODE_MAILS: Record<OtpPurpose, (displayName: string, code: string) => MailContent> = {
  verify_email: verificationMail,
  password_reset: passwordResetMail,
};

/** Mails a fresh code for `purpose`, unless one went out moments ago (a resend then only floods the inbox). */
async function mailFreshCode(services: AccountServices, user: User, purpose: OtpPurpose): Promise<void> {
  if (await otpRecentlyIssued(services.prisma, user.id, purpose)) return;
  const { code } = await issueOtp(services.prisma, deriveOtpPepper(services.jwtSecret), { userId: user.id, purpose });
  await services.mailer.send({ to: user.email, ...CODE_MAILS[purpose](user.displayName, code) });
}

/** Mails a new verification code to an unverified account; silently does nothing otherwise. */
export async function requestEmailVerification(services: AccountServices, email: string): Promise<void> {
  const user = await findActiveByEmail(services.prisma, email);
  if (user === null || user.emailVerifiedAt !== null) return;
  await mailFreshCode(services, user, 'verify_email');
}

/** Marks the address verified when the code matches. Unknown emails get the wrong-code answer. */
export async function verifyEmail(services: AccountServices, input: { email: string; code: string }): Promise<void> {
  const user = await findActiveByEmail(services.prisma, input.email);
  if (user === null || user.emailVerifiedAt !== null) {
    throw badInput('That code is wrong or has expired. Check the latest email we sent, or request a new code.', 'code');
  }
  await consumeOtp(services.prisma, deriveOtpPepper(services.jwtSecret), {
    userId: user.id,
    purpose: 'verify_email',
    code: input.code,
  });
  await services.prisma.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

async function sessionFor(services: AccountServices, user: User, refresh: { token: string; familyId: string }): Promise<Session> {
  const access = await issueAccessToken(services.jwtSecret, {
    userId: user.id,
    roles: user.roles as Role[],
    sessionId: refresh.familyId,
  });
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
}

/**
 * Signs in. Unknown email and wrong password give one message. Each attempt is recorded before the
 * password is checked (see login-rate-limit.ts), so aliased or parallel attempts cannot skip the limit.
 */
export async function login(services: AccountServices, input: { email: string; password: string; ip: string }): Promise<Session> {
  const email = normaliseEmail(input.email);
  const decision = await claimLoginAttempt(services.prisma, { email, ip: input.ip });
  if (decision.kind === 'limited') {
    throw rateLimited(
      decision.retryAfterSeconds,
      `Too many failed sign-in attempts. Try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minute(s), or reset your password.`,
    );
  }
  const user = await findActiveByEmail(services.prisma, email);
  const passwordMatches = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstNothing(input.password);
  if (user === null || !passwordMatches) throw userError('UNAUTHENTICATED', WRONG_CREDENTIALS_MESSAGE);

  // The password was right, so this was not a guess; what follows tells nothing to someone without it.
  // FORBIDDEN, not UNAUTHENTICATED: they are who they say, but may not sign in yet.
  await clearLoginFailures(services.prisma, { email, attemptId: decision.attemptId });
  if (user.emailVerifiedAt === null) {
    throw userError('FORBIDDEN', 'Verify your email first: enter the 6-digit code we emailed you, or request a new code.', {
      reason: 'EMAIL_NOT_VERIFIED',
    });
  }
  if (user.deactivatedAt !== null) {
    throw userError('FORBIDDEN', 'This account is deactivated. Contact support to reactivate it.', {
      reason: 'ACCOUNT_DEACTIVATED',
    });
  }
  const refresh = await issueRefreshToken(services.prisma, user.id);
  return sessionFor(services, user, refresh);
}

/** Exchanges a refresh token for a new session of the same family (rotation). */
export async function refreshSession(services: AccountServices, refreshToken: string): Promise<Session> {
  const rotation = await rotateRefreshToken(services.prisma, refreshToken);
  if (rotation.kind === 'refused') {
    throw userError(
      'UNAUTHENTICATED',
      rotation.reason === 'expired' ? 'Your session has expired. Sign in again.' : SESSION_ENDED_MESSAGE,
    );
  }
  const user = await services.prisma.user.findUnique({ where: { id: rotation.next.userId } });
  if (user === null || user.deletedAt !== null || user.deactivatedAt !== null) {
    await revokeAllRefreshTokens(services.prisma, rotation.next.userId);
    throw userError('UNAUTHENTICATED', SESSION_ENDED_MESSAGE);
  }
  return sessionFor(services, user, rotation.next);
}

export async function logout(services: AccountServices, refreshToken: string): Promise<void> {
  await revokeRefreshTokenFamilyOf(services.prisma, refreshToken);
}

/** Mails a reset code when the email has an account; does the same nothing-visible otherwise. */
export async function requestPasswordReset(services: AccountServices, email: string): Promise<void> {
  const user = await findActiveByEmail(services.prisma, email);
  if (user === null) return;
  await mailFreshCode(services, user, 'password_reset');
}

/**
 * Sets a new password with a mailed code and ends every session. The code also proves the mailbox,
 * so an unverified address becomes verified.
 */
export async function resetPassword(
  services: AccountServices,
  input: { email: string; code: string; newPassword: string },
): Promise<void> {
  assertPasswordPolicy(input.newPassword, 'newPassword');
  const user = await findActiveByEmail(services.prisma, input.email);
  if (user === null) {
    throw badInput('That code is wrong or has expired. Check the latest email we sent, or request a new code.', 'code');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await consumeOtp(services.prisma, deriveOtpPepper(services.jwtSecret), {
    userId: user.id,
    purpose: 'password_reset',
    code: input.code,
  });
  await services.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    await revokeAllRefreshTokens(tx, user.id);
    await tx.loginFailure.deleteMany({ where: { email: user.email } });
  });
}

async function requireLiveUser(db: Db, userId: string): Promise<User> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (user === null || user.deletedAt !== null) throw notFound('Your account');
  return user;
}

async function assertPassword(user: User, password: string, field: string): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw badInput('That password is incorrect.', field);
  }
}

/** Changes the password of a signed-in person. Every session ends: a changed password means sign in again everywhere. */
export async function changePassword(
  services: AccountServices,
  input: { userId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  assertPasswordPolicy(input.newPassword, 'newPassword');
  const user = await requireLiveUser(services.prisma, input.userId);
  await assertPassword(user, input.currentPassword, 'currentPassword');
  if (input.currentPassword === input.newPassword) {
    throw badInput('Choose a new password that differs from your current one.', 'newPassword');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await services.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeAllRefreshTokens(tx, user.id);
  });
}

/** A profile change: undefined leaves a field alone, null clears an optional one. */
export interface ProfilePatch {
  displayName?: string;
  phone?: string | null;
  grade?: number | null;
  country?: string | null;
  province?: string | null;
  locale?: string;
  timezone?: string;
}

export async function updateProfile(db: Db, userId: string, patch: ProfilePatch): Promise<User> {
  await requireLiveUser(db, userId);
  return db.user.update({
    where: { id: userId },
    data: {
      displayName: patch.displayName,
      phone: patch.phone,
      grade: patch.grade,
      country: patch.country,
      province: patch.province,
      locale: patch.locale,
      timezone: patch.timezone,
    },
  });
}

/** Switches an account off: no sign-in, every session ended. The data stays (unlike deletion). */
export async function deactivateAccount(services: AccountServices, input: { userId: string; password: string }): Promise<void> {
  const user = await requireLiveUser(services.prisma, input.userId);
  await assertPassword(user, input.password, 'password');
  await services.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    await revokeAllRefreshTokens(tx, user.id);
  });
}

export const DELETED_DISPLAY_NAME = 'Deleted user';

/** The address a deleted account keeps: unique, undeliverable (RFC 2606 .invalid), and free for re-use of the real one. */
export function deletedEmailFor(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}

/**
 * Deletes an account by anonymising it: the row stays so other domains' references still resolve
 * (as "Deleted user"), but nothing personal remains. Sessions, codes, family and school links go; the
 * UserDeleted event is written in the same transaction so other domains erase their share.
 * Returns the storage key of the avatar that should now be removed, if any.
 */
export async function deleteAccount(
  services: AccountServices,
  input: { userId: string; password: string },
): Promise<{ removedAvatarKey: string | null }> {
  const user = await requireLiveUser(services.prisma, input.userId);
  await assertPassword(user, input.password, 'password');
  const now = new Date();
  await services.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        email: deletedEmailFor(user.id),
        displayName: DELETED_DISPLAY_NAME,
        phone: null,
        avatarUrl: null,
        // Not an argon2 hash, so no password can ever verify against it.
        passwordHash: `deleted:${randomBytes(16).toString('hex')}`,
        roles: [],
        grade: null,
        country: null,
        province: null,
        deletedAt: now,
      },
    });
    await revokeAllRefreshTokens(tx, user.id, now);
    await tx.emailOtp.deleteMany({ where: { userId: user.id } });
    await tx.parentLink.deleteMany({ where: { OR: [{ parentId: user.id }, { childId: user.id }] } });
    await tx.schoolMember.deleteMany({ where: { userId: user.id } });
    await tx.loginFailure.deleteMany({ where: { email: user.email } });
    await emitEvent(tx, 'users', 'UserDeleted', { userId: user.id });
  });
  return { removedAvatarKey: user.avatarUrl };
}
