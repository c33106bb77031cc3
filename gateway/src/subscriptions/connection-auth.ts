// Who is on a WebSocket: the access token comes in the `connection_init` payload, as
// `{ authorization: "Bearer <token>" }` or `{ token: "<token>" }`. No token is an anonymous viewer;
// a bad one is refused, never downgraded to anonymous (as on HTTP).
import { decodeJwt } from 'jose';
import { AccessTokenError, verifyAccessToken } from '@scrollforge/kit/src/access-token';
import { anonymousViewer, type Viewer } from '@scrollforge/kit/src/viewer';

export type ConnectionAuthentication =
  | {
      ok: true;
      viewer: Viewer;
      /** When the access token stops being valid (ms since epoch); absent for anonymous viewers. */
      expiresAt?: number;
    }
  | { ok: false; expired: boolean; reason: string };

function tokenFrom(params: Readonly<Record<string, unknown>>): { token?: string; malformed?: string } {
  const authorization = params.authorization ?? params.Authorization;
  if (authorization !== undefined && authorization !== null && authorization !== '') {
    if (typeof authorization !== 'string') return { malformed: 'authorization must be a string' };
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    return token === undefined ? { malformed: 'authorization must be "Bearer <access token>"' } : { token };
  }
  const token = params.token;
  if (token === undefined || token === null || token === '') return {};
  return typeof token === 'string' ? { token } : { malformed: 'token must be a string' };
}

export async function authenticateConnection(
  params: Readonly<Record<string, unknown>> | undefined,
  options: { jwtSecret: string; ip: string; now?: Date },
): Promise<ConnectionAuthentication> {
  const { token, malformed } = tokenFrom(params ?? {});
  if (malformed !== undefined) return { ok: false, expired: false, reason: malformed };
  if (token === undefined) return { ok: true, viewer: anonymousViewer(options.ip) };
  try {
    const claims = await verifyAccessToken(options.jwtSecret, token, options.now);
    // Verified just above, so its exp claim is the one the signature covers.
    const exp = decodeJwt(token).exp;
    return {
      ok: true,
      viewer: { kind: 'user', id: claims.userId, roles: claims.roles, ip: options.ip },
      ...(exp === undefined ? {} : { expiresAt: exp * 1000 }),
    };
  } catch (error) {
    if (!(error instanceof AccessTokenError)) throw error;
    return { ok: false, expired: error.expired, reason: error.message };
  }
}
