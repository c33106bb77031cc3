// The one error type the SDK throws, so callers branch on `code` instead of parsing messages.
import type { GraphQLFormattedError } from 'graphql';

/** The codes the ScrollForge graph sends in `extensions.code`. */
export type GraphErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYMENT_REQUIRED'
  | 'INTERNAL';

/**
 * What went wrong: a graph code, NETWORK_ERROR when no response arrived, HTTP_ERROR for a response
 * that was not GraphQL, or another code the gateway sends (e.g. GRAPHQL_VALIDATION_FAILED).
 */
export type ScrollForgeErrorCode = GraphErrorCode | 'NETWORK_ERROR' | 'HTTP_ERROR' | (string & {});

export interface ScrollForgeErrorDetails {
  code: ScrollForgeErrorCode;
  message: string;
  /** The field the error belongs to, as the response names it. */
  path?: readonly (string | number)[];
  /** The gateway's id for the request, to quote when reporting a problem. */
  requestId?: string;
  /** HTTP status of the response; undefined when none arrived. */
  status?: number;
  /** The first error's extensions as sent. */
  extensions?: Record<string, unknown>;
  /** Every error of the response. */
  errors?: readonly GraphQLFormattedError[];
  /** Seconds the server asked us to wait (Retry-After or extensions.retryAfter). */
  retryAfterSeconds?: number;
  /** How many times the request was sent. */
  attempts?: number;
  cause?: unknown;
}

export class ScrollForgeError extends Error {
  readonly code: ScrollForgeErrorCode;
  readonly path: readonly (string | number)[] | undefined;
  readonly requestId: string | undefined;
  readonly status: number | undefined;
  readonly extensions: Record<string, unknown>;
  readonly errors: readonly GraphQLFormattedError[];
  readonly retryAfterSeconds: number | undefined;
  readonly attempts: number;

  constructor(details: ScrollForgeErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ScrollForgeError';
    this.code = details.code;
    this.path = details.path;
    this.requestId = details.requestId;
    this.status = details.status;
    this.extensions = details.extensions ?? {};
    this.errors = details.errors ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.attempts = details.attempts ?? 1;
  }
}

export function isScrollForgeError(error: unknown): error is ScrollForgeError {
  return error instanceof ScrollForgeError;
}
