// An error the public graph answers with its own HTTP status (and headers, e.g. Retry-After): Apollo
// Server takes `extensions.http` off the error and applies it to the response.
import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import type { ErrorCode } from '@scrollforge/kit/src/errors';

export function httpGraphQLError(
  code: ErrorCode,
  message: string,
  status: number,
  options: { extensions?: Record<string, unknown>; headers?: Record<string, string> } = {},
): GraphQLError {
  const headers = new HeaderMap(Object.entries(options.headers ?? {}));
  return new GraphQLError(message, { extensions: { ...options.extensions, code, http: { status, headers } } });
}
