// `npm run codegen` ends here: writes gateway/trusted-documents.json, every operation the ScrollForge apps
// send (sha256 of the text → the text), which is all a production gateway runs on /graphql. The texts are
// the ones really sent: the web app's documents as Apollo Client prints them, the few operations it posts
// as plain strings outside Apollo Client (refreshing and ending a session), and the SDK's documents as its
// client prints them. `--check` writes nothing and fails when the committed manifest is out of date.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { operationHash } from '../gateway/src/persisted-queries/operation-hash';
import { TRUSTED_DOCUMENTS_PATH } from '../gateway/src/persisted-queries/trusted-documents';
import { generatedDocumentsByName } from '../web/build/inline-graphql-documents';
import { sentOperationText } from '../web/src/apollo/sent-operation-text';

const ROOT = path.resolve(__dirname, '..');

const holdsOperation = (document: DocumentNode) => document.definitions.some((definition) => definition.kind === 'OperationDefinition');

function generatedOperations(file: string): DocumentNode[] {
  const documents = [...generatedDocumentsByName(readFileSync(file, 'utf8')).values()].map((json) => JSON.parse(json) as DocumentNode);
  return documents.filter(holdsOperation);
}

/** A template literal (no escapes, no interpolation) assigned to a constant and opening with an operation keyword: sent as written. */
const PLAIN_OPERATION = /\b(?:const|let)\s+\w+\s*=\s*`((?:query|mutation)\b(?:[^`\\$]|\$(?!\{))*)`/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.split(path.sep).includes('gql'))
    .map((file) => path.join(directory, file));
}

/** Every operation text the apps send, in a stable order. */
export function collectOperationTexts(root: string = ROOT): string[] {
  const texts = new Set<string>();
  for (const document of generatedOperations(path.join(root, 'web/src/gql/graphql.ts'))) texts.add(sentOperationText(document));
  for (const file of sourceFiles(path.join(root, 'web/src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(PLAIN_OPERATION)) texts.add(match[1]!);
  }
  const sdkGenerated = path.join(root, 'sdk/src/generated');
  if (existsSync(sdkGenerated)) {
    for (const file of readdirSync(sdkGenerated).filter((name) => name.endsWith('.ts'))) {
      for (const document of generatedOperations(path.join(sdkGenerated, file))) texts.add(print(document));
    }
  }
  return [...texts];
}

/** The manifest's JSON text: sha256 → operation text, sorted by hash so regenerating it is stable. */
export function trustedDocumentsJson(root: string = ROOT): string {
  const entries = collectOperationTexts(root).map((text) => [operationHash(text), text] as const);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

function main(): void {
  const expected = trustedDocumentsJson();
  const relative = path.relative(ROOT, TRUSTED_DOCUMENTS_PATH);
  const current = existsSync(TRUSTED_DOCUMENTS_PATH) ? readFileSync(TRUSTED_DOCUMENTS_PATH, 'utf8') : undefined;
  if (process.argv.includes('--check')) {
    if (current === expected) return;
    console.error(`${relative} does not match the apps' operations: run \`npm run codegen\` and commit it.`);
    process.exit(1);
  }
  if (current !== expected) writeFileSync(TRUSTED_DOCUMENTS_PATH, expected);
  console.log(`${relative}: ${Object.keys(JSON.parse(expected) as object).length} trusted operations`);
}

if (require.main === module) main();
