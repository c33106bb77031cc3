// The trusted-document manifest (gateway/trusted-documents.json) must list exactly what the apps send:
// a stale manifest would make a production gateway refuse the web app. Every web operation is run
// through a real Apollo Client with the app's persisted-query link, to prove that the hash the build
// attaches, the text the client sends and the hash the gateway computes from that text all agree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { trustedDocumentsJson } from '../../scripts/trusted-documents';
import { generatedDocuments, generatedDocumentsByName } from '../../web/build/inline-graphql-documents';
import { attachedOperationHash } from '../../web/src/apollo/operation-hash';
import { createPersistedQueryLink } from '../../web/src/apollo/persisted-query-link';
import { operationHash } from '../src/persisted-queries/operation-hash';
import { TRUSTED_DOCUMENTS_PATH, readTrustedDocuments, trustedDocumentsFromJson } from '../src/persisted-queries/trusted-documents';

const GQL = path.resolve(__dirname, '../../web/src/gql');
const manifest = readTrustedDocuments();

interface SentBody {
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

/** An Apollo Client like the app's, whose server knows no hash yet: each operation is sent hash-first, then with its text. */
function recordingClient(): { client: ApolloClient; sent: SentBody[] } {
  const sent: SentBody[] = [];
  const fetch = async (_uri: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as SentBody;
    sent.push(body);
    const answer = body.query === undefined ? { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] } : { data: {} };
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const link = ApolloLink.from([createPersistedQueryLink(), new HttpLink({ uri: 'http://gateway.test/graphql', fetch })]);
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

function operationOf(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
}

async function sendThroughClient(client: ApolloClient, document: DocumentNode): Promise<void> {
  if (operationOf(document)?.operation === OperationTypeNode.MUTATION) await client.mutate({ mutation: document, fetchPolicy: 'no-cache' });
  else await client.query({ query: document, fetchPolicy: 'no-cache' });
}

test('the committed manifest lists exactly the operations the web app and the SDK send', () => {
  // When this fails: run `npm run codegen` and commit gateway/trusted-documents.json.
  expect(readFileSync(TRUSTED_DOCUMENTS_PATH, 'utf8')).toBe(trustedDocumentsJson());
});

test('the manifest holds every web operation, including those sent as plain strings outside Apollo Client', () => {
  const texts = new Set(manifest.values());
  const webOperations = [...generatedDocumentsByName(readFileSync(path.join(GQL, 'graphql.ts'), 'utf8')).keys()].filter((name) => name.endsWith('Document'));
  expect(webOperations.length).toBeGreaterThan(100);
  expect(manifest.size).toBeGreaterThanOrEqual(webOperations.length);
  expect([...texts].some((text) => text.startsWith('mutation Refresh('))).toBe(true);
  expect([...texts].some((text) => text.startsWith('mutation Logout('))).toBe(true);
});

test('every manifest key is the sha256 the gateway computes from its text', () => {
  for (const [hash, text] of manifest) expect(operationHash(text)).toBe(hash);
  const [firstHash, firstText] = [...manifest][0]!;
  expect(() => trustedDocumentsFromJson({ [firstHash]: `${firstText} ` }, 'tampered.json')).toThrow(/not the sha256 of its operation text/);
});

test('Apollo Client sends every web operation hash-first with its build-time hash, and its text hashes to the same registered entry', async () => {
  const { client, sent } = recordingClient();
  const operations = [...generatedDocuments(GQL).values()]
    .map((json) => JSON.parse(json) as DocumentNode)
    .filter((document) => operationOf(document) !== undefined && operationOf(document)!.operation !== OperationTypeNode.SUBSCRIPTION);
  expect(operations.length).toBeGreaterThan(100);
  for (const document of operations) {
    const buildHash = attachedOperationHash(document);
    expect(buildHash).toMatch(/^[0-9a-f]{64}$/);
    sent.length = 0;
    await sendThroughClient(client, document);
    const [hashFirst, withText] = sent;
    expect(hashFirst?.query).toBeUndefined();
    expect(hashFirst?.extensions?.persistedQuery?.sha256Hash).toBe(buildHash);
    expect(operationHash(withText!.query!)).toBe(buildHash);
    expect(manifest.get(buildHash!)).toBe(withText!.query);
  }
});

test('without a build-time hash the link computes the same hash itself', async () => {
  const { client, sent } = recordingClient();
  const plain = [...generatedDocumentsByName(readFileSync(path.join(GQL, 'graphql.ts'), 'utf8')).values()]
    .map((json) => JSON.parse(json) as DocumentNode)
    .find((document) => operationOf(document)?.operation === OperationTypeNode.QUERY)!;
  expect(attachedOperationHash(plain)).toBeUndefined();
  await sendThroughClient(client, plain);
  const hash = sent[0]?.extensions?.persistedQuery?.sha256Hash;
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(sent[0]?.query).toBeUndefined();
  expect(manifest.get(hash!)).toBe(sent[1]?.query);
});
