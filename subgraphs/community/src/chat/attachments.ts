// Files uploaded into a channel before the message that carries them is sent. The bytes are checked
// (type by magic bytes, size) before they are stored; the row and the stored-file record commit together.
import { randomUUID } from 'node:crypto';
import type { MessageAttachment, PrismaClient } from '../../../kit/src/db';
import { badInput, forbidden } from '../../../kit/src/errors';
import { checkUpload, recordStoredFile, sniffContentType, type Storage } from '../../../kit/src/storage';
import type { Viewer } from '../../../kit/src/viewer';
import { canPostInChannel, requireReadableChannel } from '../channel-access';
import { signedInViewerId as signedInId } from '../../../kit/src/signed-in';
import { decodeBase64Upload } from '../../../kit/src/storage/base64-upload';

export const ATTACHMENT_MAX_BYTES = 1024 * 1024;
export const SNIFFED_ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'];
export const ATTACHMENT_CONTENT_TYPES = [...SNIFFED_ATTACHMENT_TYPES, 'text/plain'];
export const ATTACHMENT_FILE_NAME_MAX = 200;
/** Signed download links last an hour. */
export const ATTACHMENT_URL_TTL_SECONDS = 3600;

/** Decodes an attachment upload; throws BAD_USER_INPUT when it is not base64 or larger than 1 MB. */
export function decodeAttachment(dataBase64: string): Buffer {
  return decodeBase64Upload(dataBase64, { maxBytes: ATTACHMENT_MAX_BYTES, tooLarge: 'The file is larger than 1 MB. Attach a smaller file.' });
}

/** Plain text has no signature: it must be UTF-8 without NUL bytes and must not be a known binary type. */
function checkPlainText(bytes: Buffer): void {
  if (bytes.length === 0) throw badInput('The file is empty. Choose the file again and re-upload it.', 'file');
  if (bytes.length > ATTACHMENT_MAX_BYTES) throw badInput('The file is larger than 1 MB. Attach a smaller file.', 'file');
  let valid = sniffContentType(bytes) === null && !bytes.includes(0);
  if (valid) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      valid = false;
    }
  }
  if (!valid) throw badInput('The file says it is text/plain but it is not UTF-8 text. Upload it with its real type.', 'file');
}

/** The content type the file is stored under; throws BAD_USER_INPUT for types or contents not accepted. */
export function checkAttachment(bytes: Buffer, declaredContentType: string): string {
  const declared = declaredContentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (declared === 'text/plain') {
    checkPlainText(bytes);
    return declared;
  }
  if (!SNIFFED_ATTACHMENT_TYPES.includes(declared)) {
    throw badInput(`Files of type "${declared || 'unknown'}" cannot be attached. Attach one of: ${ATTACHMENT_CONTENT_TYPES.join(', ')}.`, 'contentType');
  }
  return checkUpload({ bytes, declaredContentType: declared, allowed: { contentTypes: SNIFFED_ATTACHMENT_TYPES, maxBytes: ATTACHMENT_MAX_BYTES } });
}

/** The name's last part reduced to letters, digits, ".", "_" and "-" for the storage key. */
export function storedAttachmentName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).at(-1) ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 100);
  return base.length > 0 ? base : 'file';
}

export interface AttachmentUpload {
  channelId: string;
  fileName: string;
  contentType: string;
  dataBase64: string;
}

export async function uploadMessageAttachment(prisma: PrismaClient, storage: Storage, viewer: Viewer, upload: AttachmentUpload): Promise<MessageAttachment> {
  const uploaderId = signedInId(viewer);
  const fileName = upload.fileName.trim();
  if (fileName.length === 0 || fileName.length > ATTACHMENT_FILE_NAME_MAX) {
    throw badInput(`Give the file a name of 1-${ATTACHMENT_FILE_NAME_MAX} characters.`, 'fileName');
  }
  const bytes = decodeAttachment(upload.dataBase64);
  const contentType = checkAttachment(bytes, upload.contentType);
  const { channel, member } = await requireReadableChannel(prisma, viewer, upload.channelId);
  if (!canPostInChannel(viewer, channel, member)) throw forbidden('You cannot post in this channel.');

  const key = `chat/${channel.id}/${randomUUID()}/${storedAttachmentName(fileName)}`;
  await storage.put(key, bytes, contentType);
  try {
    return await prisma.$transaction(async (tx) => {
      await recordStoredFile(tx, { key, ownerId: uploaderId, contentType, size: bytes.length, purpose: 'chat-attachment' });
      return tx.messageAttachment.create({ data: { channelId: channel.id, uploaderId, fileKey: key, fileName, contentType, size: bytes.length } });
    });
  } catch (error) {
    // Nothing refers to the file; do not leave it orphaned in storage.
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}
