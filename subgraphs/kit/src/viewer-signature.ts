// The gateway-signed viewer header. HMAC-SHA256 over the payload; short-lived and bound to the
// request id, so a captured header cannot be replayed on another request or after a minute.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isApiScope, isRole, type Viewer } from './viewer';

export const VIEWER_HEADER = 'x-scrollforge-viewer';
/** Longest lifetime a signed header may claim, in seconds. */
export const MAX_VIEWER_HEADER_TTL_SECONDS = 60;

interface SignedViewerPayload {
  viewer: Viewer;
  requestId: string;
  issuedAt: number;
  expiresAt: number;
}

export class ViewerSignatureError extends Error {}

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function assertSigningSecret(secret: string): void {
  if (secret.length < 32) {
    throw new Error('GATEWAY_SIGNING_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`).');
  }
}

export function signViewer(
  secret: string,
  viewer: Viewer,
  requestId: string,
  options: { now?: number; ttlSeconds?: number } = {},
): string {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const ttl = Math.min(options.ttlSeconds ?? 30, MAX_VIEWER_HEADER_TTL_SECONDS);
  const payload: SignedViewerPayload = { viewer, requestId, issuedAt: now, expiresAt: now + ttl };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

function parseViewer(value: unknown): Viewer {
  if (typeof value !== 'object' || value === null) throw new ViewerSignatureError('viewer missing');
  const candidate = value as Record<string, unknown>;
  const ip = typeof candidate.ip === 'string' ? candidate.ip : 'unknown';
  if (candidate.kind === 'anonymous') return { kind: 'anonymous', ip };
  if (
    candidate.kind === 'user' &&
    typeof candidate.id === 'string' &&
    Array.isArray(candidate.roles) &&
    candidate.roles.every(isRole)
  ) {
    return { kind: 'user', id: candidate.id, roles: candidate.roles, ip };
  }
  if (
    candidate.kind === 'school_key' &&
    typeof candidate.keyId === 'string' &&
    typeof candidate.schoolId === 'string' &&
    Array.isArray(candidate.scopes) &&
    candidate.scopes.every(isApiScope)
  ) {
    return { kind: 'school_key', keyId: candidate.keyId, schoolId: candidate.schoolId, scopes: candidate.scopes, ip };
  }
  if (candidate.kind === 'gateway') return { kind: 'gateway', ip };
  throw new ViewerSignatureError('viewer malformed');
}

/** Verifies a header and returns the viewer; throws ViewerSignatureError on anything off. */
export function verifyViewer(
  secret: string,
  header: string | undefined,
  requestId: string | undefined,
  now: number = Date.now(),
): Viewer {
  if (header === undefined || header === '') throw new ViewerSignatureError('header missing');
  const [body, signature, extra] = header.split('.');
  if (body === undefined || signature === undefined || extra !== undefined) throw new ViewerSignatureError('header malformed');
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ViewerSignatureError('signature invalid');
  }
  let payload: SignedViewerPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SignedViewerPayload;
  } catch {
    throw new ViewerSignatureError('payload malformed');
  }
  const seconds = Math.floor(now / 1000);
  if (typeof payload.expiresAt !== 'number' || typeof payload.issuedAt !== 'number') {
    throw new ViewerSignatureError('payload malformed');
  }
  if (payload.expiresAt < seconds) throw new ViewerSignatureError('header expired');
  if (payload.expiresAt - payload.issuedAt > MAX_VIEWER_HEADER_TTL_SECONDS || payload.issuedAt > seconds + 5) {
    throw new ViewerSignatureError('header lifetime invalid');
  }
  if (requestId === undefined || payload.requestId !== requestId) {
    throw new ViewerSignatureError('header bound to another request');
  }
  return parseViewer(payload.viewer);
}
