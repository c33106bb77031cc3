// The applicant adds a document to their draft. The bytes are checked (type by content, size) before
// they are stored; the row and the stored-file record commit together, and the count limit is checked
// under the application's row lock so two uploads at once cannot pass it together.
import { randomUUID } from 'node:crypto';
import type { ApplicationDocument, ApplicationDocumentKind, PrismaClient } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import { recordStoredFile, type Storage } from '../../../kit/src/storage';
import { lockApplication } from '../applications/transition-application';
import { assertDraft } from '../submission/save-draft';
import { DOCUMENT_FILE_PURPOSE, MAX_DOCUMENTS_PER_APPLICATION, checkDocumentUpload, normalizeDocumentFileName, storageSafeName } from './document-rules';

export interface DocumentUpload {
  applicationId: string;
  applicantId: string;
  kind: ApplicationDocumentKind;
  fileName: string;
  contentType: string;
  dataBase64: string;
}

export async function uploadApplicationDocument(prisma: PrismaClient, storage: Storage, upload: DocumentUpload): Promise<ApplicationDocument> {
  const fileName = normalizeDocumentFileName(upload.fileName);
  const { bytes, contentType } = checkDocumentUpload(upload.dataBase64, upload.contentType);
  const key = `admissions/${upload.applicationId}/${randomUUID()}/${storageSafeName(fileName)}`;
  await storage.put(key, bytes, contentType);
  try {
    return await prisma.$transaction(async (tx) => {
      const application = await lockApplication(tx, upload.applicationId);
      if (application.applicantId !== upload.applicantId) throw notFound('That application');
      assertDraft(application, 'adding documents');
      const count = await tx.applicationDocument.count({ where: { applicationId: application.id } });
      if (count >= MAX_DOCUMENTS_PER_APPLICATION) {
        throw conflict(`An application holds at most ${MAX_DOCUMENTS_PER_APPLICATION} documents; remove one before adding another.`);
      }
      await recordStoredFile(tx, { key, ownerId: upload.applicantId, contentType, size: bytes.length, purpose: DOCUMENT_FILE_PURPOSE });
      return tx.applicationDocument.create({ data: { applicationId: application.id, kind: upload.kind, fileKey: key, fileName, contentType, sizeBytes: bytes.length } });
    });
  } catch (error) {
    // Nothing refers to the file; do not leave it orphaned in storage.
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}
