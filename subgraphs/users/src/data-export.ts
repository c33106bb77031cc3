// "Download my data": everything the users domain holds about a person, as plain JSON. Secrets and
// their hashes (password, codes, tokens) are left out: they are ours to protect, not personal data.
import type { Db } from '../../kit/src/db';
import { notFound } from '../../kit/src/errors';

export async function exportUserData(db: Db, userId: string, now: Date = new Date()) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      childLinks: { include: { child: { select: { id: true, displayName: true } } } },
      parentLinks: { include: { parent: { select: { id: true, displayName: true } } } },
      schoolRoles: { include: { school: true } },
      refreshTokens: { select: { familyId: true, createdAt: true, expiresAt: true, rotatedAt: true, revokedAt: true } },
      otps: { select: { purpose: true, createdAt: true, expiresAt: true, consumedAt: true, attempts: true } },
    },
  });
  if (user === null || user.deletedAt !== null) throw notFound('Your account');
  const loginFailures = await db.loginFailure.findMany({
    where: { email: user.email },
    select: { ip: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  return {
    exportedAt: now.toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
      phone: user.phone,
      displayName: user.displayName,
      avatarKey: user.avatarUrl,
      roles: user.roles,
      grade: user.grade,
      country: user.country,
      province: user.province,
      locale: user.locale,
      timezone: user.timezone,
      deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    },
    childrenLinks: user.childLinks.map((link) => ({
      id: link.id,
      child: link.child,
      status: link.status,
      createdAt: link.createdAt.toISOString(),
      respondedAt: link.respondedAt?.toISOString() ?? null,
    })),
    parentLinks: user.parentLinks.map((link) => ({
      id: link.id,
      parent: link.parent,
      status: link.status,
      createdAt: link.createdAt.toISOString(),
      respondedAt: link.respondedAt?.toISOString() ?? null,
    })),
    schoolMemberships: user.schoolRoles.map((membership) => ({
      school: { id: membership.school.id, name: membership.school.name, slug: membership.school.slug },
      role: membership.role,
      since: membership.createdAt.toISOString(),
    })),
    sessions: user.refreshTokens.map((token) => ({
      sessionId: token.familyId,
      createdAt: token.createdAt.toISOString(),
      expiresAt: token.expiresAt.toISOString(),
      rotatedAt: token.rotatedAt?.toISOString() ?? null,
      revokedAt: token.revokedAt?.toISOString() ?? null,
    })),
    verificationCodes: user.otps.map((otp) => ({
      purpose: otp.purpose,
      createdAt: otp.createdAt.toISOString(),
      expiresAt: otp.expiresAt.toISOString(),
      consumedAt: otp.consumedAt?.toISOString() ?? null,
      attempts: otp.attempts,
    })),
    failedSignIns: loginFailures.map((failure) => ({ ip: failure.ip, at: failure.createdAt.toISOString() })),
  };
}

export type UserDataExport = Awaited<ReturnType<typeof exportUserData>>;
