// One line a person can act on for an SDK error: what the server said, its code and the request id.
import type { ScrollForgeError } from '../client/errors';

const HINTS: Record<string, string> = {
  UNAUTHENTICATED: 'Check SCROLLFORGE_TOKEN or SCROLLFORGE_API_KEY: it is missing, expired or revoked.',
  FORBIDDEN: 'The token or key is valid but may not do this.',
  NETWORK_ERROR: 'Is the gateway running at SCROLLFORGE_URL?',
};

export function describeFailure(error: ScrollForgeError): string {
  const hint = HINTS[error.code];
  const wait = error.retryAfterSeconds !== undefined ? ` Try again in ${error.retryAfterSeconds} s.` : '';
  const request = error.requestId ? ` (request ${error.requestId})` : '';
  return `${error.message} [${error.code}]${request}.${wait}${hint ? ` ${hint}` : ''}`;
}
