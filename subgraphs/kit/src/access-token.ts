// Access JWTs: issued by the users subgraph, verified by the gateway. One algorithm, pinned, and the
// issuer and audience checked, so a token minted for anything else is refused.
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { isRole, type Role } from './viewer';

export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_ISSUER = 'scrollforge';
export const ACCESS_TOKEN_AUDIENCE = 'scrollforge-graph';
/** Access tokens live 15 minutes; the refresh token carries the session beyond that. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  userId: string;
  roles: Role[];
  /** Refresh-token family of the session, so logout can be traced to it. */
  sessionId: string;
}

export class AccessTokenError extends Error {
  constructor(
    message: string,
    /** True when the token was well formed but expired: the client should refresh. */
    readonly expired: boolean,
  ) {
    super(message);
  }
}

function key(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`).');
  return new TextEncoder().encode(secret);
}

export async function issueAccessToken(
  secret: string,
  claims: AccessClaims,
  now: Date = new Date(),
  ttlSeconds: number = ACCESS_TOKEN_TTL_SECONDS,
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + ttlSeconds;
  const token = await new SignJWT({ roles: claims.roles, sid: claims.sessionId })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(key(secret));
  return { token, expiresAt: new Date(expiresAt * 1000) };
}

export async function verifyAccessToken(secret: string, token: string, now: Date = new Date()): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
      throw new AccessTokenError('token claims malformed', false);
    }
    return { userId: payload.sub, roles, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof AccessTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new AccessTokenError('token expired', true);
    throw new AccessTokenError('token invalid', false);
  }
}
