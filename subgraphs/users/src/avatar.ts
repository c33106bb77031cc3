// Profile pictures. The bytes go to storage under a fresh key each time (so a cached signed link never
// shows a newer picture under an old URL); the user row keeps the key, never a URL.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, User } from '../../kit/src/db';
import { notFound } from '../../kit/src/errors';
import { checkUpload, forgetStoredFile, recordStoredFile, type Storage } from '../../kit/src/storage';
import { decodeBase64Upload as decodeBase64 } from '../../kit/src/storage/base64-upload';

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/** Decodes an avatar upload; throws BAD_USER_INPUT when it is not base64 or too large. */
export function decodeBase64Upload(dataBase64: string, maxBytes: number = AVATAR_MAX_BYTES): Buffer {
  return decodeBase64(dataBase64, { maxBytes, tooLarge: `The image is larger than ${Math.round(maxBytes / (1024 * 1024))} MB. Upload a smaller image.` });
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
