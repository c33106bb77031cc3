// Stable error codes every subgraph and the gateway speak, and the masking of everything unexpected.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYMENT_REQUIRED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const knownCodes = new Set<string>(ERROR_CODES);
/** Codes graphql-js and Apollo Server produce for malformed requests; they are safe to pass through. */
const protocolCodes = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** An expected failure: the message is shown to the person, so it must say what to do. */
export function userError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string, field?: string) =>
  userError('BAD_USER_INPUT', message, field === undefined ? {} : { field });
export const unauthenticated = (message = 'Sign in to do this.') => userError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You do not have permission to do this.') => userError('FORBIDDEN', message);
export const notFound = (what: string) => userError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string) => userError('CONFLICT', message);
export const rateLimited = (retryAfterSeconds: number, message?: string) =>
  userError('RATE_LIMITED', message ?? `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
    retryAfter: retryAfterSeconds,
  });

export function codeOf(error: GraphQLFormattedError | GraphQLError): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Formats an error for the wire. Known codes pass through with their message; anything else is
 * logged by the caller and replaced by a generic INTERNAL error, so no stack or SQL leaves the server.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  onUnexpected: (formatted: GraphQLFormattedError) => void,
): GraphQLFormattedError {
  const code = codeOf(formatted);
  if (code !== undefined && (knownCodes.has(code) || protocolCodes.has(code))) {
    if (code === 'INTERNAL') return { message: formatted.message, path: formatted.path, extensions: { code } };
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  onUnexpected(formatted);
  return {
    message: 'Something went wrong on our side. Try again; if it keeps happening, contact support with the request id.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL' },
  };
}
