// What an application document may be: a PDF, PNG or JPEG of at most 2.5 MB whose bytes really are that
// type, with a name a person recognises; an application holds at most 20.
import { badInput } from '../../../kit/src/errors';
import { checkUpload, decodeBase64Upload } from '../../../kit/src/storage';

export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
/** Base64 makes 2.5 MB about 3.4 MB of JSON, inside the gateway's 4 MB request limit with room for the rest. */
export const DOCUMENT_MAX_BYTES = 2.5 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_APPLICATION = 20;
export const DOCUMENT_FILE_NAME_MAX = 200;
/** Signed download links last an hour. */
export const DOCUMENT_URL_TTL_SECONDS = 3600;
/** The purpose uploads are recorded under in the kit's stored-file table. */
export const DOCUMENT_FILE_PURPOSE = 'admissions-document';

export function normalizeDocumentFileName(fileName: string): string {
  const name = fileName.trim();
  if (name.length === 0 || name.length > DOCUMENT_FILE_NAME_MAX) throw badInput(`Give the file a name of 1–${DOCUMENT_FILE_NAME_MAX} characters.`, 'fileName');
  return name;
}

/** The bytes and the content type to store them under; BAD_USER_INPUT for anything not accepted. */
export function checkDocumentUpload(dataBase64: string, declaredContentType: string): { bytes: Buffer; contentType: string } {
  const declared = declaredContentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!DOCUMENT_CONTENT_TYPES.includes(declared)) {
    throw badInput(`Documents must be PDF, PNG or JPEG files; "${declared || 'unknown'}" is not accepted.`, 'contentType');
  }
  const bytes = decodeBase64Upload(dataBase64, { maxBytes: DOCUMENT_MAX_BYTES, tooLarge: 'The file is larger than 2.5 MB. Upload a smaller scan or compress the PDF.' });
  const contentType = checkUpload({ bytes, declaredContentType: declared, allowed: { contentTypes: DOCUMENT_CONTENT_TYPES, maxBytes: DOCUMENT_MAX_BYTES } });
  return { bytes, contentType };
}

/** The name's last part reduced to letters, digits, ".", "_" and "-", for the storage key. */
export function storageSafeName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).at(-1) ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 100);
  return base.length > 0 ? base : 'document';
}
