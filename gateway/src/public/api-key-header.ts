// Schools call the public graph with an API key in X-Api-Key and nothing else: the app's access tokens
// are not accepted there, so a caller who sends one learns where the key goes instead.
import type { IncomingMessage } from 'node:http';

export const API_KEY_HEADER = 'x-api-key';

export const MISSING_API_KEY_MESSAGE = 'The public graph needs a school API key: send it in the X-Api-Key header.';
export const BEARER_TOKEN_MESSAGE =
  'The public graph does not take access tokens: send a school API key in the X-Api-Key header instead of an Authorization header.';

export type ApiKeyResolution = { ok: true; key: string } | { ok: false; message: string };

export function apiKeyFromRequest(request: IncomingMessage): ApiKeyResolution {
  const header = request.headers[API_KEY_HEADER];
  const key = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  const authorization = request.headers.authorization?.trim() ?? '';
  if (authorization !== '' || /^bearer\s/i.test(key)) return { ok: false, message: BEARER_TOKEN_MESSAGE };
  if (key === '') return { ok: false, message: MISSING_API_KEY_MESSAGE };
  return { ok: true, key };
}
