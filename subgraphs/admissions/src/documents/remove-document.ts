// The applicant removes a document from their draft. The row and its stored-file record go in one
// transaction; the bytes are deleted only after it commits, so a rollback never leaves a row without
// its file.
import type { Application, PrismaClient } from '../../../kit/src/db';
import { notFound } from '../../../kit/src/errors';
import { forgetStoredFile, type Storage } from '../../../kit/src/storage';
import { isUuid } from '../../../kit/src/uuid';
import { lockApplication } from '../applications/transition-application';
import { assertDraft } from '../submission/save-draft';

export async function removeApplicationDocument(prisma: PrismaClient, storage: Storage, input: { documentId: string; applicantId: string }): Promise<Application> {
  const { application, fileKey } = await prisma.$transaction(async (tx) => {
    const document = isUuid(input.documentId) ? await tx.applicationDocument.findUnique({ where: { id: input.documentId } }) : null;
    if (!document) throw notFound('That document');
    const locked = await lockApplication(tx, document.applicationId);
    if (locked.applicantId !== input.applicantId) throw notFound('That document');
    assertDraft(locked, 'removing documents');
    const removed = await tx.applicationDocument.deleteMany({ where: { id: document.id } });
    // A concurrent removal got there first; the outcome the applicant asked for holds.
    if (removed.count === 1) await forgetStoredFile(tx, document.fileKey);
    return { application: locked, fileKey: removed.count === 1 ? document.fileKey : null };
  });
  if (fileKey) await storage.delete(fileKey);
  return application;
}
