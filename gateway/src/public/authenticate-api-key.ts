// Asks the users subgraph whose API key this is, charging the request's cost to the key's limits.
// The call goes straight to the subgraph (the mutation is not in any client schema), signed as the
// gateway's own: only that viewer may make it.
import { isApiScope, type ApiScope } from '@scrollforge/kit/src/viewer';
import { REQUEST_ID_HEADER } from '@scrollforge/kit/src/request-id';
import { VIEWER_HEADER, signViewer } from '@scrollforge/kit/src/viewer-signature';
import type { GraphQLError } from 'graphql';
import { VIEWER_HEADER_TTL_SECONDS } from '../signed-data-source';
import { httpGraphQLError } from './http-error';

export interface ApiKeyIdentity {
  keyId: string;
  schoolId: string;
  scopes: ApiScope[];
}

export type ApiKeyAuthentication =
  | { ok: true; identity: ApiKeyIdentity }
  /** `error` is what the client gets; `reason` is for the log when it is not the client's doing. */
  | { ok: false; error: GraphQLError; reason?: string };

export interface AuthenticateApiKeyOptions {
  /** The users subgraph's GraphQL endpoint. */
  usersUrl: string;
  signingSecret: string;
  key: string;
  /** Cost of the request, charged to the key's per-minute budget. */
  cost: number;
  requestId: string;
  /** Client address, carried in the gateway viewer for the subgraph's logs. */
  ip: string;
  /** How long to wait for the users subgraph. @default 10000 */
  timeoutMs?: number;
}

const AUTHENTICATE_MUTATION = 'mutation AuthenticateApiKey($key: String!, $cost: Int!) { authenticateApiKey(key: $key, cost: $cost) { keyId schoolId scopes } }';

const UNAVAILABLE_MESSAGE = 'The public graph cannot check API keys right now. Try again in a minute; if it keeps happening, contact support with the request id.';

interface AuthenticateResponse {
  data?: { authenticateApiKey?: { keyId?: unknown; schoolId?: unknown; scopes?: unknown } | null } | null;
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

function unavailable(reason: string): ApiKeyAuthentication {
  return { ok: false, error: httpGraphQLError('INTERNAL', UNAVAILABLE_MESSAGE, 503), reason };
}

function refusal(error: NonNullable<AuthenticateResponse['errors']>[number]): ApiKeyAuthentication {
  const code = error.extensions?.code;
  const message = typeof error.message === 'string' ? error.message : '';
  if (code === 'UNAUTHENTICATED') return { ok: false, error: httpGraphQLError('UNAUTHENTICATED', message, 401) };
  if (code === 'RATE_LIMITED') {
    const retryAfter = Number(error.extensions?.retryAfter);
    const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : 60;
    return {
      ok: false,
      error: httpGraphQLError('RATE_LIMITED', message, 429, {
        extensions: { retryAfter: seconds, limit: error.extensions?.limit },
        headers: { 'retry-after': String(seconds) },
      }),
    };
  }
  return unavailable(`authenticateApiKey answered ${String(code)}: ${message}`);
}

export async function authenticateApiKey(options: AuthenticateApiKeyOptions): Promise<ApiKeyAuthentication> {
  let body: AuthenticateResponse;
  try {
    const response = await fetch(options.usersUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REQUEST_ID_HEADER]: options.requestId,
        [VIEWER_HEADER]: signViewer(options.signingSecret, { kind: 'gateway', ip: options.ip }, options.requestId, {
          ttlSeconds: VIEWER_HEADER_TTL_SECONDS,
        }),
      },
      body: JSON.stringify({ query: AUTHENTICATE_MUTATION, variables: { key: options.key, cost: options.cost } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    body = (await response.json()) as AuthenticateResponse;
  } catch (error) {
    return unavailable(`users subgraph unreachable: ${error instanceof Error ? error.message : String(error)}`);
  }
  const firstError = body.errors?.[0];
  if (firstError !== undefined) return refusal(firstError);
  const identity = body.data?.authenticateApiKey;
  if (
    identity === undefined ||
    identity === null ||
    typeof identity.keyId !== 'string' ||
    typeof identity.schoolId !== 'string' ||
    !Array.isArray(identity.scopes)
  ) {
    return unavailable('authenticateApiKey answered without an identity');
  }
  const scopes: unknown[] = identity.scopes;
  return { ok: true, identity: { keyId: identity.keyId, schoolId: identity.schoolId, scopes: scopes.filter(isApiScope) } };
}
