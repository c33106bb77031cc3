// Clients for subscription tests: a real graphql-ws client over the `ws` package, and a raw socket
// that speaks the protocol by hand for the cases a well-behaved client never produces.
import { createClient, type Client } from 'graphql-ws';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';
import { waitFor } from '@scrollforge/kit/src/wait-for';

export interface CloseInfo {
  code: number;
  reason: string;
}

function closeInfoOf(event: unknown): CloseInfo | undefined {
  if (typeof event !== 'object' || event === null || !('code' in event)) return undefined;
  const { code, reason } = event as { code: unknown; reason?: unknown };
  return typeof code === 'number' ? { code, reason: typeof reason === 'string' ? reason : String(reason ?? '') } : undefined;
}

export interface TestClient {
  client: Client;
  /** Set once the server acknowledged connection_init. */
  readonly acknowledged: boolean;
  /** The close that ended the connection, if it ended. */
  readonly closed: CloseInfo | undefined;
  /** Waits until the socket closes and returns how. */
  waitForClose(): Promise<CloseInfo>;
  dispose(): Promise<void>;
}

/** A graphql-ws client that connects at once and never retries, so every close is observable. */
export function connectClient(wsUrl: string, connectionParams: Record<string, unknown> = {}, headers: Record<string, string> = {}): TestClient {
  let acknowledged = false;
  let closed: CloseInfo | undefined;
  // Headers (Origin) are set through a subclass, as browsers would set them.
  class HeaderedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: wsUrl,
    webSocketImpl: HeaderedWebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams,
    onNonLazyError: () => undefined,
    on: {
      connected: () => (acknowledged = true),
      closed: (event) => (closed = closeInfoOf(event) ?? { code: -1, reason: 'no close event' }),
    },
  });
  return {
    client,
    get acknowledged() {
      return acknowledged;
    },
    get closed() {
      return closed;
    },
    waitForClose: () => waitFor(() => closed, { what: 'the client socket to close' }),
    dispose: async () => {
      await client.dispose();
    },
  };
}

export interface Subscription<TData> {
  events: FormattedExecutionResult<TData, unknown>[];
  /** The `error` message's errors, or the close event that ended the subscription. */
  readonly error: readonly GraphQLFormattedError[] | CloseInfo | undefined;
  readonly completed: boolean;
  /** Waits until at least `count` events arrived and returns them all. */
  waitForEvents(count: number): Promise<FormattedExecutionResult<TData, unknown>[]>;
  /** Waits for the subscription to end with an `error` message and returns its errors. */
  waitForErrors(): Promise<readonly GraphQLFormattedError[]>;
  waitForComplete(): Promise<void>;
  unsubscribe(): void;
}

export function subscribe<TData = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<TData> {
  const events: FormattedExecutionResult<TData, unknown>[] = [];
  let error: readonly GraphQLFormattedError[] | CloseInfo | undefined;
  let completed = false;
  const unsubscribe = client.subscribe<TData>(
    { query, variables },
    {
      next: (value) => events.push(value),
      error: (reason) => (error = Array.isArray(reason) ? (reason as GraphQLFormattedError[]) : (closeInfoOf(reason) ?? { code: -1, reason: String(reason) })),
      complete: () => (completed = true),
    },
  );
  return {
    events,
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
    waitForEvents: (count) => waitFor(() => events.length >= count && events, { what: `${count} subscription events` }),
    waitForErrors: () =>
      waitFor(() => error, { what: 'the subscription to end with an error' }).then((ended) => {
        if (!Array.isArray(ended)) throw new Error(`the subscription ended with a socket close, not errors: ${JSON.stringify(ended)}`);
        return ended as readonly GraphQLFormattedError[];
      }),
    waitForComplete: () => waitFor(() => completed, { what: 'the subscription to complete' }).then(() => undefined),
    unsubscribe,
  };
}

/** Messages as the server sent them on a raw socket. */
export interface ServerMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

export interface RawSocket {
  socket: WebSocket;
  messages: ServerMessage[];
  send(message: Record<string, unknown> | string): void;
  waitForMessage(type: string): Promise<ServerMessage>;
  waitForClose(): Promise<CloseInfo>;
  /** Set when the upgrade was answered with a plain HTTP status instead. */
  readonly refusedWithStatus: number | undefined;
}

/** A socket speaking graphql-transport-ws by hand. */
export function openRawSocket(wsUrl: string, headers: Record<string, string> = {}): RawSocket {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
  const messages: ServerMessage[] = [];
  let closed: CloseInfo | undefined;
  let refusedWithStatus: number | undefined;
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as ServerMessage));
  socket.on('close', (code, reason) => (closed = { code, reason: reason.toString() }));
  socket.on('unexpected-response', (_request, response) => {
    refusedWithStatus = response.statusCode;
    response.resume();
  });
  socket.on('error', () => undefined);
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()));
  return {
    socket,
    messages,
    send(message) {
      void opened.then(() => socket.send(typeof message === 'string' ? message : JSON.stringify(message)));
    },
    waitForMessage: (type) => waitFor(() => messages.find((message) => message.type === type), { what: `a ${type} message` }),
    waitForClose: () => waitFor(() => closed, { what: 'the raw socket to close' }),
    get refusedWithStatus() {
      return refusedWithStatus;
    },
  };
}

/** Waits until the upgrade of a raw socket is decided: opened, or refused with an HTTP status. */
export function waitForUpgradeOutcome(raw: RawSocket): Promise<'open' | number> {
  return waitFor(() => (raw.refusedWithStatus !== undefined ? raw.refusedWithStatus : raw.socket.readyState === WebSocket.OPEN ? 'open' : undefined), {
    what: 'the upgrade to be answered',
  });
}

export function codesOf(errors: readonly GraphQLFormattedError[] | undefined): unknown[] {
  return (errors ?? []).map((error) => error.extensions?.code);
}
