// CORS against an allowlist of exact origins. A refused origin gets no CORS headers at all, so the
// browser blocks the response; same-origin and non-browser clients are unaffected.
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, apollo-require-preflight, x-apollo-operation-name';
/** Lets browsers cache a preflight for ten minutes. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export function isPreflight(request: IncomingMessage): boolean {
  return request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
}

/** Sets CORS headers for an allowed origin; returns whether the origin was allowed. */
export function applyCors(request: IncomingMessage, response: ServerResponse, allowedOrigins: ReadonlySet<string>): boolean {
  response.setHeader('vary', 'Origin');
  const origin = request.headers.origin;
  if (origin === undefined || !allowedOrigins.has(origin)) return false;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('access-control-expose-headers', 'x-request-id');
  if (isPreflight(request)) {
    response.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    response.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    response.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
  }
  return true;
}
