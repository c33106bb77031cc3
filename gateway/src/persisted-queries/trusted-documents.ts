// The trusted documents: every operation the ScrollForge apps send, keyed by the sha256 of its text.
// `npm run codegen` writes the manifest (scripts/trusted-documents.ts); a production gateway accepts on
// /graphql only the operations it lists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isOperationHash, operationHash } from './operation-hash';

/** Operation text by the sha256 (hex) of that text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** The committed manifest, gateway/trusted-documents.json. */
export const TRUSTED_DOCUMENTS_PATH = path.resolve(__dirname, '../../trusted-documents.json');

/** Checks a manifest's shape and that every key is the hash of its text; throws with the entry at fault. */
export function trustedDocumentsFromJson(json: unknown, source: string): TrustedDocuments {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${source} is not an object of sha256 → operation text. Run \`npm run codegen\` to rewrite it.`);
  }
  const documents = new Map<string, string>();
  for (const [hash, text] of Object.entries(json)) {
    if (!isOperationHash(hash) || typeof text !== 'string' || operationHash(text) !== hash) {
      throw new Error(`${source}: the entry ${hash} is not the sha256 of its operation text. Run \`npm run codegen\` to rewrite it.`);
    }
    documents.set(hash, text);
  }
  return documents;
}

export function readTrustedDocuments(file: string = TRUSTED_DOCUMENTS_PATH): TrustedDocuments {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`No trusted-document manifest at ${file}. Run \`npm run codegen\` to write it.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON. Run \`npm run codegen\` to rewrite it.`);
  }
  return trustedDocumentsFromJson(json, file);
}
