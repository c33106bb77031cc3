// School admins (and platform admins) create, rotate and revoke their school's keys. The plain key
// is returned once, from here, and never stored: the row keeps its prefix and SHA-256 only.
import type { ApiKey, Db, PrismaClient } from '../../../kit/src/db';
import { conflict, forbidden, notFound, unauthenticated } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { canManageSchool } from '../schools';
import { generateApiKey } from './key-format';
import { checkApiKeySettings, checkOverlapMinutes, type ApiKeySettings, type ApiKeySettingsInput } from './settings';

/** Keys a school may hold at once; each is a live credential to watch, so more is a smell. */
export const MAX_ACTIVE_KEYS_PER_SCHOOL = 20;

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The whole key, shown to the admin this once. */
  secret: string;
}

async function requireKeyManager(db: Db, viewer: Viewer, schoolId: string): Promise<void> {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in as an admin of this school to manage its API keys.');
  if (!(await canManageSchool(db, viewer, schoolId))) {
    throw forbidden('Only this school’s admins or platform admins can manage its API keys.');
  }
}

/** Locks the school row, so two admins creating keys at once cannot both take the last place. */
async function lockSchool(db: Db, schoolId: string): Promise<void> {
  const [locked] = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM users.school WHERE id = ${schoolId}::uuid FOR UPDATE`;
  if (locked === undefined) throw notFound('That school');
}

async function requireKey(db: Db, viewer: Viewer, id: string): Promise<ApiKey> {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in as an admin of this school to manage its API keys.');
  const key = await db.apiKey.findUnique({ where: { id } });
  if (key === null) throw notFound('That API key');
  await requireKeyManager(db, viewer, key.schoolId);
  return key;
}

function insertKey(db: Db, schoolId: string, settings: ApiKeySettings, createdById: string, rotatedFromId: string | null): Promise<CreatedApiKey> {
  const generated = generateApiKey();
  return db.apiKey
    .create({
      data: {
        schoolId,
        name: settings.name,
        prefix: generated.prefix,
        secretHash: generated.secretHash,
        scopes: settings.scopes,
        rateLimitPerMinute: settings.rateLimitPerMinute,
        dailyQuota: settings.dailyQuota,
        costBudgetPerMinute: settings.costBudgetPerMinute,
        createdById,
        rotatedFromId,
      },
    })
    .then((apiKey) => ({ apiKey, secret: generated.key }));
}

export async function createApiKey(
  prisma: PrismaClient,
  input: { viewer: Viewer; schoolId: string; settings: ApiKeySettingsInput },
  now: Date = new Date(),
): Promise<CreatedApiKey> {
  const settings = checkApiKeySettings(input.settings);
  const { viewer } = input;
  if (viewer.kind !== 'user') throw unauthenticated('Sign in as an admin of this school to manage its API keys.');
  return prisma.$transaction(async (tx) => {
    await lockSchool(tx, input.schoolId);
    await requireKeyManager(tx, viewer, input.schoolId);
    const active = await tx.apiKey.count({
      where: { schoolId: input.schoolId, OR: [{ revokedAt: null }, { revokedAt: { gt: now } }] },
    });
    if (active >= MAX_ACTIVE_KEYS_PER_SCHOOL) {
      throw conflict(`This school already has ${MAX_ACTIVE_KEYS_PER_SCHOOL} active API keys, the most it may hold. Revoke one it no longer uses, then create this one.`);
    }
    return insertKey(tx, input.schoolId, settings, viewer.id, null);
  });
}

/**
 * Replaces a key with a new one of the same settings. The old key keeps working for `overlapMinutes`
 * (so the school can deploy the new one first), then stops as if revoked at that moment.
 */
export async function rotateApiKey(
  prisma: PrismaClient,
  input: { viewer: Viewer; id: string; overlapMinutes: number },
  now: Date = new Date(),
): Promise<CreatedApiKey> {
  const overlapMinutes = checkOverlapMinutes(input.overlapMinutes);
  const { viewer } = input;
  if (viewer.kind !== 'user') throw unauthenticated('Sign in as an admin of this school to manage its API keys.');
  return prisma.$transaction(async (tx) => {
    const old = await requireKey(tx, viewer, input.id);
    // The update is the check: of two rotations racing, only one finds the key not yet revoked.
    const retired = await tx.apiKey.updateMany({
      where: { id: old.id, revokedAt: null },
      data: { revokedAt: new Date(now.getTime() + overlapMinutes * 60_000) },
    });
    if (retired.count === 0) {
      throw conflict(
        old.revokedAt !== null && old.revokedAt > now
          ? 'This key was already rotated and stops working soon. Rotate its replacement instead.'
          : 'This key is revoked, so it cannot be rotated. Create a new key instead.',
      );
    }
    return insertKey(tx, old.schoolId, old, viewer.id, old.id);
  });
}

/** Stops a key now. Revoking a revoked key changes nothing; a key still in its rotation overlap stops at once. */
export async function revokeApiKey(prisma: PrismaClient, input: { viewer: Viewer; id: string }, now: Date = new Date()): Promise<ApiKey> {
  const key = await requireKey(prisma, input.viewer, input.id);
  if (key.revokedAt !== null && key.revokedAt <= now) return key;
  await prisma.apiKey.updateMany({
    where: { id: key.id, OR: [{ revokedAt: null }, { revokedAt: { gt: now } }] },
    data: { revokedAt: now },
  });
  return prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } });
}

/** Every key of many schools (revoked ones included), newest first, in one statement. */
export async function apiKeysOfSchools(db: Db, schoolIds: readonly string[]): Promise<ApiKey[]> {
  return db.apiKey.findMany({ where: { schoolId: { in: [...schoolIds] } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}
