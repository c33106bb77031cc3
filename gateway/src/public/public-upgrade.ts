// The public graph has no subscriptions, so a WebSocket handshake on its path is refused outright
// (rather than reaching the subscription bridge, which serves only the app's own graph).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export const PUBLIC_GRAPH_PATH = '/public/graphql';

const REFUSAL_TEXT = 'The public graph has no subscriptions and takes no WebSockets. Send queries and mutations as HTTP POST.\n';

export function isPublicGraphRequest(request: IncomingMessage): boolean {
  return new URL(request.url ?? '/', 'http://gateway').pathname === PUBLIC_GRAPH_PATH;
}

export function refusePublicUpgrade(socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(REFUSAL_TEXT)}\r\n\r\n${REFUSAL_TEXT}`,
  );
}
