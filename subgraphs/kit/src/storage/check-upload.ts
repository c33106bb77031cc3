// The rules every upload passes before it is stored: an allowed type, within the size limit, and
// bytes that really are what the client declared.
import { badInput } from '../errors';
import { SNIFFABLE_CONTENT_TYPES, sniffContentType } from './content-sniffing';

export interface UploadRules {
  /** Content types accepted for this purpose, each one sniffable (PNG, JPEG, GIF, WebP, PDF). */
  contentTypes: string[];
  maxBytes: number;
}

export interface UploadToCheck {
  bytes: Buffer;
  declaredContentType: string;
  allowed: UploadRules;
}

const describeSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Returns the normalised content type; throws BAD_USER_INPUT with what to do otherwise. */
export function checkUpload({ bytes, declaredContentType, allowed }: UploadToCheck): string {
  // Parameters such as "; charset=binary" and letter case do not change what the file is.
  const declared = declaredContentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const accepted = allowed.contentTypes.map((type) => type.toLowerCase());
  const unverifiable = accepted.filter((type) => !SNIFFABLE_CONTENT_TYPES.includes(type));
  // A type whose content cannot be verified would let anything through under its name.
  if (unverifiable.length > 0) throw new Error(`Upload rules allow types that cannot be verified: ${unverifiable.join(', ')}`);
  if (!accepted.includes(declared)) {
    throw badInput(`Files of type "${declared || 'unknown'}" are not accepted here. Upload one of: ${accepted.join(', ')}.`, 'file');
  }
  if (bytes.length === 0) throw badInput('The file is empty. Choose the file again and re-upload it.', 'file');
  if (bytes.length > allowed.maxBytes) {
    throw badInput(`The file is ${describeSize(bytes.length)}; the limit is ${describeSize(allowed.maxBytes)}. Upload a smaller file.`, 'file');
  }
  const actual = sniffContentType(bytes);
  if (actual !== declared) {
    throw badInput(
      actual
        ? `The file says it is ${declared} but its contents are ${actual}. Upload a real ${declared} file or export it in that format.`
        : `The file's contents are not a valid ${declared}. It may be damaged or renamed; export it again as ${declared}.`,
      'file',
    );
  }
  return declared;
}
