// Slides and notes of a lecture: PDFs kept in storage under a fresh key per upload, so a signed link
// handed out earlier never shows a newer file. The lecture row keeps the key, never a URL.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../kit/src/db';
import { checkUpload, forgetStoredFile, recordStoredFile, type Storage } from '../../../kit/src/storage';
import type { Viewer } from '../../../kit/src/viewer';
import { openItemForChanges, signedInId } from './course-editing';
import { decodeBase64Upload } from '../../../kit/src/storage/base64-upload';

/** Decoded size limit: base64 of it, with the rest of the request, stays under the 2 MB body limit. */
export const LECTURE_FILE_MAX_BYTES = Math.floor(1.4 * 1024 * 1024);
export const LECTURE_FILE_CONTENT_TYPES = ['application/pdf'];

export const LECTURE_FILE_KINDS = ['slides', 'notes'] as const;
export type LectureFileKind = (typeof LECTURE_FILE_KINDS)[number];

/** Decodes a slides or notes upload; throws BAD_USER_INPUT when it is not base64 or too large. */
export function decodeBase64File(dataBase64: string, maxBytes: number = LECTURE_FILE_MAX_BYTES): Buffer {
  return decodeBase64Upload(dataBase64, { maxBytes, tooLarge: `The file is larger than ${(maxBytes / (1024 * 1024)).toFixed(1)} MB. Upload a smaller PDF.` });
}

/**
 * The last part of the storage key: the uploaded name reduced to letters, digits, ".", "_" and "-",
 * ending in ".pdf", so the downloaded file keeps a recognisable name.
 */
export function storedFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).at(-1) ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.pdf$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 100);
  return `${base.length > 0 ? base : 'file'}.pdf`;
}

const keyField = (kind: LectureFileKind) => (kind === 'slides' ? 'slidesFileKey' : 'notesFileKey');

export interface LectureFileUpload {
  lectureId: string;
  kind: LectureFileKind;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * Stores a PDF as the lecture's slides or notes. The bytes are stored only after the viewer is known to
 * edit the lecture; the new key is recorded and the old one forgotten in one transaction. Returns the
 * replaced key, which the caller removes from storage once this has committed.
 */
export async function setLectureFile(
  prisma: PrismaClient,
  storage: Storage,
  viewer: Viewer,
  upload: LectureFileUpload,
): Promise<{ replacedKey: string | null }> {
  const uploaderId = signedInId(viewer);
  const contentType = checkUpload({
    bytes: upload.bytes,
    declaredContentType: upload.contentType,
    allowed: { contentTypes: LECTURE_FILE_CONTENT_TYPES, maxBytes: LECTURE_FILE_MAX_BYTES },
  });
  await prisma.$transaction((tx) => openItemForChanges(tx, viewer, 'lecture', upload.lectureId));

  const key = `lectures/${upload.lectureId}/${upload.kind}/${randomUUID()}/${storedFileName(upload.fileName)}`;
  await storage.put(key, upload.bytes, contentType);
  try {
    return await prisma.$transaction(async (tx) => {
      await openItemForChanges(tx, viewer, 'lecture', upload.lectureId);
      const field = keyField(upload.kind);
      const current = await tx.lecture.findUniqueOrThrow({ where: { id: upload.lectureId }, select: { slidesFileKey: true, notesFileKey: true } });
      const replacedKey = current[field];
      await recordStoredFile(tx, { key, ownerId: uploaderId, contentType, size: upload.bytes.length, purpose: `lecture-${upload.kind}` });
      if (replacedKey) await forgetStoredFile(tx, replacedKey);
      await tx.lecture.update({ where: { id: upload.lectureId }, data: { [field]: key } });
      return { replacedKey };
    });
  } catch (error) {
    // The row never pointed at the new file; do not leave it orphaned in storage.
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}

/** Detaches the lecture's slides or notes; returns the key to remove from storage after commit. */
export async function removeLectureFile(prisma: PrismaClient, viewer: Viewer, lectureId: string, kind: LectureFileKind): Promise<{ removedKey: string | null }> {
  return prisma.$transaction(async (tx) => {
    await openItemForChanges(tx, viewer, 'lecture', lectureId);
    const field = keyField(kind);
    const current = await tx.lecture.findUniqueOrThrow({ where: { id: lectureId }, select: { slidesFileKey: true, notesFileKey: true } });
    const removedKey = current[field];
    if (removedKey === null) return { removedKey: null };
    await forgetStoredFile(tx, removedKey);
    await tx.lecture.update({ where: { id: lectureId }, data: { [field]: null } });
    return { removedKey };
  });
}
