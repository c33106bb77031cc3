// Headers every response carries, plus the content security policies for what the gateway serves.
import type { ServerResponse } from 'node:http';

/** For JSON and downloads: nothing may run, nothing may frame it. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * For the built web app: its own scripts and styles, GraphQL over HTTP and WebSocket to this origin.
 * Lecture videos may live on the school's own video host, so media also loads from any HTTPS origin
 * (and from blob: URLs, which is how caption text becomes a track).
 */
export const WEB_APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob: https:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(response: ServerResponse, production: boolean): void {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
  // Only in production: HSTS on a plain-HTTP dev host would pin browsers to HTTPS for localhost.
  if (production) response.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
