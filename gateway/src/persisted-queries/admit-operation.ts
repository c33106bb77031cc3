// Decides, before Apollo Server sees a /graphql request, whether it may run. Always: a persisted-query
// hash must be well formed and match any text sent with it (Apollo's own refusal carries no error code).
// With trusted documents (production): only a registered operation runs, named by its hash or sent as
// its exact text, and it runs from the manifest's text, so nothing unregistered is parsed, planned or
// sent to a subgraph.
import { isOperationHash, operationHash } from './operation-hash';
import type { TrustedDocuments } from './trusted-documents';

export interface GraphQLHttpRequestParts {
  method: string;
  /** The URL's query string, with its leading `?` (GET requests carry the operation here). */
  search: string;
  /** The parsed JSON body (POST requests carry the operation here). */
  body: unknown;
}

export type RefusalCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'PERSISTED_QUERY_NOT_FOUND';

export type Admission =
  | { admitted: true; request: GraphQLHttpRequestParts }
  | { admitted: false; status: number; code: RefusalCode; message: string; headers: Record<string, string> };

export const UNREGISTERED_OPERATION_MESSAGE =
  'This endpoint accepts only the registered operations of the ScrollForge apps. Third-party clients use /public/graphql with an API key in the X-Api-Key header.';

export const UNKNOWN_HASH_MESSAGE =
  'PersistedQueryNotFound: no registered operation has this sha256Hash. Only the registered operations of the ScrollForge apps are accepted here.';

interface PersistedQuery {
  version: unknown;
  sha256Hash: unknown;
}

/** The operation a request names: its text, its persisted-query extension, and the other extensions. */
interface NamedOperation {
  query: unknown;
  persistedQuery: PersistedQuery | undefined;
  otherExtensions: Record<string, unknown>;
}

const refuse = (status: number, code: RefusalCode, message: string): Admission => ({
  admitted: false,
  status,
  code,
  message,
  // As Apollo Server answers a miss: a cached "not found" would stop the client from ever registering.
  headers: code === 'PERSISTED_QUERY_NOT_FOUND' ? { 'cache-control': 'private, no-cache, must-revalidate' } : {},
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function splitExtensions(extensions: unknown): Pick<NamedOperation, 'persistedQuery' | 'otherExtensions'> | undefined {
  if (extensions === undefined || extensions === null) return { persistedQuery: undefined, otherExtensions: {} };
  if (!isRecord(extensions)) return undefined;
  const { persistedQuery, ...otherExtensions } = extensions;
  if (persistedQuery === undefined || persistedQuery === null) return { persistedQuery: undefined, otherExtensions };
  if (!isRecord(persistedQuery)) return undefined;
  return { persistedQuery: { version: persistedQuery.version, sha256Hash: persistedQuery.sha256Hash }, otherExtensions };
}

/** The operation in the request, or undefined when its shape is not one Apollo Server would run. */
function namedOperation(request: GraphQLHttpRequestParts): NamedOperation | undefined {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    const extensionsText = params.get('extensions');
    let extensions: unknown;
    try {
      extensions = extensionsText === null ? undefined : JSON.parse(extensionsText);
    } catch {
      return undefined;
    }
    const split = splitExtensions(extensions);
    return split && { query: params.get('query') ?? undefined, ...split };
  }
  if (!isRecord(request.body)) return undefined;
  const split = splitExtensions(request.body.extensions);
  return split && { query: request.body.query, ...split };
}

/** The request rewritten to carry `text` as its query and no persisted-query extension. */
function withRegisteredText(request: GraphQLHttpRequestParts, operation: NamedOperation, text: string): GraphQLHttpRequestParts {
  const hasOtherExtensions = Object.keys(operation.otherExtensions).length > 0;
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    params.set('query', text);
    if (hasOtherExtensions) params.set('extensions', JSON.stringify(operation.otherExtensions));
    else params.delete('extensions');
    return { ...request, search: `?${params.toString()}` };
  }
  const { extensions: _extensions, ...body } = request.body as Record<string, unknown>;
  return { ...request, body: { ...body, query: text, ...(hasOtherExtensions ? { extensions: operation.otherExtensions } : {}) } };
}

export function admitOperation(request: GraphQLHttpRequestParts, trusted: TrustedDocuments | undefined): Admission {
  const operation = namedOperation(request);
  const persisted = operation?.persistedQuery;
  if (persisted !== undefined) {
    if (persisted.version !== 1) return refuse(400, 'BAD_USER_INPUT', 'Only version 1 of the persistedQuery extension is supported: send "version": 1.');
    if (!isOperationHash(persisted.sha256Hash)) {
      return refuse(400, 'BAD_USER_INPUT', 'extensions.persistedQuery.sha256Hash must be the sha256 of the query text, as 64 lowercase hex digits.');
    }
    if (typeof operation?.query === 'string' && operationHash(operation.query) !== persisted.sha256Hash) {
      return refuse(400, 'BAD_USER_INPUT', 'extensions.persistedQuery.sha256Hash is not the sha256 of the query text sent with it. Hash the exact text you send, as UTF-8.');
    }
  }
  if (trusted === undefined) return { admitted: true, request };

  // From here on, only an operation found in the manifest is let through.
  if (Array.isArray(request.body)) return refuse(400, 'BAD_USER_INPUT', 'Send one operation per request: batched requests are not accepted.');
  if (operation === undefined) {
    return refuse(400, 'BAD_USER_INPUT', 'Send a JSON object with the operation in `query` or its sha256 in extensions.persistedQuery.');
  }
  const hash = isOperationHash(persisted?.sha256Hash) ? persisted.sha256Hash : typeof operation.query === 'string' ? operationHash(operation.query) : undefined;
  if (hash === undefined) return refuse(400, 'BAD_USER_INPUT', 'Send a registered operation: its text in `query` or its sha256 in extensions.persistedQuery.');
  const text = trusted.get(hash);
  if (text !== undefined) return { admitted: true, request: withRegisteredText(request, operation, text) };
  if (operation.query === undefined) return refuse(200, 'PERSISTED_QUERY_NOT_FOUND', UNKNOWN_HASH_MESSAGE);
  return refuse(403, 'FORBIDDEN', UNREGISTERED_OPERATION_MESSAGE);
}
