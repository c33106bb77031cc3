// Small HTTP helpers shared by the subgraph server and the gateway.
import type { IncomingMessage, ServerResponse, Server } from 'node:http';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';

export class BodyTooLargeError extends Error {}

/** Reads a request body, refusing more than `limitBytes` without buffering the excess. */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export type GraphQLRequestBody = { ok: true; body: unknown } | { ok: false; status: 400 | 413; message: string };

/**
 * Reads a GraphQL request body: at most `limitBytes`, parsed as JSON. GET requests and empty bodies
 * give `undefined` (Apollo reads GET operations from the query string).
 */
export async function readGraphQLBody(request: IncomingMessage, limitBytes: number): Promise<GraphQLRequestBody> {
  let raw: Buffer;
  try {
    raw = request.method === 'POST' ? await readBody(request, limitBytes) : Buffer.alloc(0);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return { ok: false, status: 413, message: `The request body is larger than ${limitBytes} bytes. Send a smaller operation or fewer variables.` };
  }
  if (raw.length === 0) return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(raw.toString('utf8')) };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
  }
}

export function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

export function graphQLErrorBody(code: string, message: string): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/** Listens and resolves with the bound port; a taken port becomes an error that says what to change. */
export function listen(server: Server, port: number, host: string, portEnvName: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`Port ${port} on ${host} is already in use. Stop what is using it or set ${portEnvName} to a free port.`));
      } else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** Tracks open HTTP requests so shutdown can wait for them to finish. */
export class InFlightTracker {
  private count = 0;
  private waiters: (() => void)[] = [];

  track(response: ServerResponse): void {
    this.count += 1;
    response.once('close', () => {
      this.count -= 1;
      if (this.count === 0) this.waiters.splice(0).forEach((resolve) => resolve());
    });
  }

  get size(): number {
    return this.count;
  }

  drained(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** Writes Apollo Server's HTTP answer (complete or streamed) to a node response. */
export async function writeGraphQLResponse(response: ServerResponse, result: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.writeHead(result.status ?? 200);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
