// A small GraphQL-over-HTTP client for internal tools: typed documents in, typed data out, typed
// errors, and retries that never send a mutation twice once the server has answered it.
import { randomUUID } from 'node:crypto';
import { Kind, print, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ScrollForgeError } from './errors';
import { backoffDelayMs, isRetryable, parseRetryAfter } from './retry-policy';

export interface ScrollForgeClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql, or …/public/graphql for a school's API key. */
  url: string;
  /** A person's access token, sent as `Authorization: Bearer`. */
  token?: string;
  /** A school's API key, sent as `X-Api-Key` (public graph). */
  apiKey?: string;
  /** How many times a failed request is tried again. @default 3 */
  retries?: number;
  /** The fetch to use (another agent, a proxy). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Delay ceiling of the first retry in milliseconds; doubles per retry. @default 250 */
  baseDelayMs?: number;
  /** Longest wait between tries in milliseconds; a server asking for longer gets its error back at once. @default 30000 */
  maxDelayMs?: number;
  /** Extra headers sent with every request. @default {} */
  headers?: Record<string, string>;
  /** How long one try may take before it is abandoned, in milliseconds. @default 60000 */
  timeoutMs?: number;
}

/** Variables may be left out when the operation needs none. */
export type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface ScrollForgeClient {
  /** Runs one operation and returns its data; throws ScrollForgeError on any error. */
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<TData>;
}

interface GraphQLBody {
  data?: unknown;
  errors?: GraphQLFormattedError[];
}

const printed = new WeakMap<DocumentNode, { query: string; operation: OperationDefinitionNode }>();

function operationOf(document: DocumentNode): { query: string; operation: OperationDefinitionNode } {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    if (!operation) throw new TypeError('The document has no operation to run.');
    entry = { query: print(document), operation };
    printed.set(document, entry);
  }
  return entry;
}

function parseBody(text: string): GraphQLBody | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as GraphQLBody) : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterOf(response: Response, extensions: Record<string, unknown> | undefined): number | undefined {
  const fromBody = extensions?.retryAfter;
  if (typeof fromBody === 'number' && Number.isFinite(fromBody)) return Math.max(0, fromBody);
  return parseRetryAfter(response.headers.get('retry-after'));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createScrollForgeClient(options: ScrollForgeClientOptions): ScrollForgeClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const retries = Math.max(0, options.retries ?? 3);
  const backoff = { baseDelayMs: options.baseDelayMs ?? 250, maxDelayMs: options.maxDelayMs ?? 30_000 };
  const timeoutMs = options.timeoutMs ?? 60_000;

  /** One try: the data, or the error and whether a response arrived. */
  async function send(body: string, requestId: string, isMutation: boolean, attempt: number): Promise<{ data: unknown } | { error: ScrollForgeError; retryable: boolean; waitMs?: number }> {
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'x-request-id': requestId,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
          ...options.headers,
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'TimeoutError') {
        // The server got the request and may still be running it, so a mutation is not sent again.
        const error = new ScrollForgeError({ code: 'NETWORK_ERROR', message: `${options.url} did not answer within ${timeoutMs} ms.`, requestId, attempts: attempt, cause });
        return { error, retryable: !isMutation };
      }
      const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
      const error = new ScrollForgeError({ code: 'NETWORK_ERROR', message: `Could not reach ${options.url}: ${reason}`, requestId, attempts: attempt, cause });
      return { error, retryable: isRetryable({ isMutation, responded: false }) };
    }

    const sentId = response.headers.get('x-request-id') ?? requestId;
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      // The server answered, so a mutation may have run: this one is not sent again.
      const error = new ScrollForgeError({ code: 'NETWORK_ERROR', message: `The response from ${options.url} broke off: ${String(cause)}`, requestId: sentId, status: response.status, attempts: attempt, cause });
      return { error, retryable: isRetryable({ isMutation, responded: true, status: response.status }) };
    }
    const parsed = parseBody(text);
    const first = parsed?.errors?.[0];
    if (parsed && first === undefined && response.ok && parsed.data !== undefined && parsed.data !== null) return { data: parsed.data };

    const extensions = first?.extensions;
    const code = typeof extensions?.code === 'string' ? extensions.code : response.status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR';
    const retryAfterSeconds = retryAfterOf(response, extensions);
    const message =
      first?.message ??
      (parsed ? `The server answered ${response.status} without data.` : `The server answered ${response.status} with a body that is not GraphQL: ${text.slice(0, 200)}`);
    const error = new ScrollForgeError({
      code,
      message,
      path: first?.path,
      requestId: sentId,
      status: response.status,
      extensions,
      errors: parsed?.errors,
      retryAfterSeconds,
      attempts: attempt,
    });
    return {
      error,
      retryable: isRetryable({ isMutation, responded: true, status: response.status, code }),
      waitMs: retryAfterSeconds === undefined ? undefined : retryAfterSeconds * 1000,
    };
  }

  return {
    async request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, ...[variables]: VariablesArgument<TVariables>): Promise<TData> {
      const { query, operation } = operationOf(document);
      const isMutation = operation.operation === 'mutation';
      const body = JSON.stringify({ query, variables: variables ?? {}, operationName: operation.name?.value });
      const requestId = randomUUID();
      for (let attempt = 1; ; attempt += 1) {
        const outcome = await send(body, requestId, isMutation, attempt);
        if ('data' in outcome) return outcome.data as TData;
        if (!outcome.retryable || attempt > retries) throw outcome.error;
        // A server that wants a longer pause than we are willing to wait gets its answer back now.
        if (outcome.waitMs !== undefined && outcome.waitMs > backoff.maxDelayMs) throw outcome.error;
        await sleep(outcome.waitMs ?? backoffDelayMs(attempt - 1, backoff));
      }
    },
  };
}
