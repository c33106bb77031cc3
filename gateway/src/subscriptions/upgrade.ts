// Decides, before any WebSocket exists, whether an HTTP upgrade may become one: only real WebSocket
// handshakes on /graphql, and only from origins the API's CORS allowlist admits.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export const SUBSCRIPTION_PATH = '/graphql';

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A WebSocket handshake on the GraphQL path; anything else is not ours to answer. */
export function isSubscriptionHandshake(request: IncomingMessage): boolean {
  const pathname = new URL(request.url ?? '/', 'http://gateway').pathname;
  return (
    pathname === SUBSCRIPTION_PATH &&
    single(request.headers.upgrade)?.toLowerCase() === 'websocket' &&
    typeof request.headers['sec-websocket-key'] === 'string'
  );
}

/**
 * Browsers send Origin on every WebSocket handshake and, unlike fetch, apply no CORS to it, so the
 * check is ours: no Origin (a non-browser client), the gateway's own origin, or an allowlisted one.
 */
export function isOriginAllowed(request: IncomingMessage, allowedOrigins: ReadonlySet<string>, trustProxy: boolean): boolean {
  const origin = single(request.headers.origin);
  if (origin === undefined) return true;
  if (allowedOrigins.has(origin)) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [single(request.headers.host)];
  // Behind our own proxy the Host header may be the internal one; the proxy states the public one.
  if (trustProxy) hosts.push(single(request.headers['x-forwarded-host'])?.split(',')[0]?.trim());
  return hosts.some((host) => host !== undefined && host === originHost);
}

/** Answers an upgrade with a plain HTTP status and closes the connection. */
export function refuseUpgrade(socket: Duplex, status: number, statusText: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
