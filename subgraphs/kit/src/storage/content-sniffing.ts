// Recognises a file's real type from its first bytes, so a declared content type cannot smuggle in
// something else (an HTML page labelled image/png would otherwise be served back as stored).

interface Signature {
  contentType: string;
  matches(bytes: Buffer): boolean;
}

const startsWith = (prefix: number[], offset = 0) => (bytes: Buffer) =>
  bytes.length >= offset + prefix.length && prefix.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { contentType: 'image/png', matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  { contentType: 'image/gif', matches: (bytes) => startsWith(ascii('GIF87a'))(bytes) || startsWith(ascii('GIF89a'))(bytes) },
  { contentType: 'image/webp', matches: (bytes) => startsWith(ascii('RIFF'))(bytes) && startsWith(ascii('WEBP'), 8)(bytes) },
  { contentType: 'application/pdf', matches: startsWith(ascii('%PDF-')) },
];

export const SNIFFABLE_CONTENT_TYPES = SIGNATURES.map((signature) => signature.contentType);

/** The content type the bytes actually are, or null when none of the known signatures match. */
export function sniffContentType(bytes: Buffer): string | null {
  return SIGNATURES.find((signature) => signature.matches(bytes))?.contentType ?? null;
}
