// Profile pictures. The bytes go to storage under a fresh key each time (so a cached signed link never
// shows a newer picture under an old URL); the user row keeps the key, never a URL.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, User } from '../../kit/src/db';
import { badInput, notFound } from '../../kit/src/errors';
import { checkUpload, forgetStoredFile, recordStoredFile, type Storage } from '../../kit/src/storage';

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

// Standard alphabet with padding; Buffer.from would silently skip anything else.
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes standard base64 (a data: URL prefix is tolerated); throws BAD_USER_INPUT for anything else. */
export function decodeBase64Upload(dataBase64: string, maxBytes: number = AVATAR_MAX_BYTES): Buffer {
  const payload = dataBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  // Base64 inflates by 4/3; refusing longer strings before decoding keeps a hostile payload cheap.
  if (payload.length > Math.ceil(maxBytes / 3) * 4 + 4) {
    throw badInput(`The image is larger than ${Math.round(maxBytes / (1024 * 1024))} MB. Upload a smaller image.`, 'dataBase64');
  }
  if (payload.length % 4 !== 0 || !BASE64_PATTERN.test(payload)) {
    throw badInput('dataBase64 is not valid base64. Send the file bytes encoded as standard base64.', 'dataBase64');
  }
  return Buffer.from(payload, 'base64');
}

/**
 * Stores a new avatar and points the user at it. The old file is removed after the row no longer
 * refers to it; returns the updated user and the key that should be removed.
 */
export async function setAvatar(
  prisma: PrismaClient,
  storage: Storage,
  input: { userId: string; contentType: string; bytes: Buffer },
): Promise<{ user: User; replacedKey: string | null }> {
  const contentType = checkUpload({
    bytes: input.bytes,
    declaredContentType: input.contentType,
    allowed: { contentTypes: AVATAR_CONTENT_TYPES, maxBytes: AVATAR_MAX_BYTES },
  });
  const current = await prisma.user.findUnique({ where: { id: input.userId } });
  if (current === null || current.deletedAt !== null) throw notFound('Your account');

  const key = `avatars/${input.userId}/${randomUUID()}.${EXTENSIONS[contentType] ?? 'img'}`;
  await storage.put(key, input.bytes, contentType);
  try {
    const user = await prisma.$transaction(async (tx) => {
      await recordStoredFile(tx, { key, ownerId: input.userId, contentType, size: input.bytes.length, purpose: 'avatar' });
      if (current.avatarUrl) await forgetStoredFile(tx, current.avatarUrl);
      return tx.user.update({ where: { id: input.userId }, data: { avatarUrl: key } });
    });
    return { user, replacedKey: current.avatarUrl };
  } catch (error) {
    // The row never pointed at the new file; do not leave it orphaned in storage.
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}
