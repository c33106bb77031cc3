// Decides who is asking from the Authorization header and the connection. A bad token is an error,
// never a silent fall-back to anonymous: the client must learn to refresh or sign in again.
import type { IncomingMessage } from 'node:http';
import { AccessTokenError, verifyAccessToken } from '@scrollforge/kit/src/access-token';
import { anonymousViewer, type Viewer } from '@scrollforge/kit/src/viewer';

export type ViewerResolution = { ok: true; viewer: Viewer } | { ok: false; message: string; reason: string };

export const EXPIRED_TOKEN_MESSAGE = 'Your session has expired. Refresh your access token or sign in again.';
export const INVALID_TOKEN_MESSAGE = 'The access token is not valid. Sign in again.';
export const MALFORMED_AUTHORIZATION_MESSAGE = 'The Authorization header must be "Bearer <access token>". Sign in to get one.';

/**
 * The client address. Behind a proxy the socket is the proxy, so with `trustProxy` the last
 * X-Forwarded-For hop is used: it is the one our own proxy appended, the earlier ones the client wrote.
 */
export function clientIp(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',');
    const last = list[list.length - 1]?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

export async function viewerFromRequest(
  request: IncomingMessage,
  options: { jwtSecret: string; trustProxy: boolean },
): Promise<ViewerResolution> {
  const ip = clientIp(request, options.trustProxy);
  const authorization = request.headers.authorization;
  if (authorization === undefined || authorization.trim() === '') return { ok: true, viewer: anonymousViewer(ip) };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  const token = match?.[1];
  if (token === undefined) return { ok: false, message: MALFORMED_AUTHORIZATION_MESSAGE, reason: 'authorization header malformed' };
  try {
    const claims = await verifyAccessToken(options.jwtSecret, token);
    return { ok: true, viewer: { kind: 'user', id: claims.userId, roles: claims.roles, ip } };
  } catch (error) {
    if (!(error instanceof AccessTokenError)) throw error;
    return error.expired
      ? { ok: false, message: EXPIRED_TOKEN_MESSAGE, reason: error.message }
      : { ok: false, message: INVALID_TOKEN_MESSAGE, reason: error.message };
  }
}
