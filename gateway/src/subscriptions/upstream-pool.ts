// The gateway's own graphql-ws connections to subgraphs, one per (client socket, subgraph): every
// subscription a client runs against a subgraph shares it, and it carries that client's viewer,
// signed afresh with a new request id each time it (re)connects. A subgraph that goes away is
// reconnected with exponential backoff, and graphql-ws resubscribes the active subscriptions.
import { randomUUID } from 'node:crypto';
import { createClient, type Client, type Sink } from 'graphql-ws';
import type { FormattedExecutionResult } from 'graphql';
import WebSocket from 'ws';
import type { Logger } from '@scrollforge/kit/src/logger';
import { REQUEST_ID_HEADER } from '@scrollforge/kit/src/request-id';
import type { Viewer } from '@scrollforge/kit/src/viewer';
import { VIEWER_HEADER, signViewer } from '@scrollforge/kit/src/viewer-signature';
import { VIEWER_HEADER_TTL_SECONDS } from '../signed-data-source';
import type { ResolvedBridgeLimits } from './bridge-options';

/** A subgraph that accepts the socket but never acknowledges it is treated like one that is down. */
const CONNECTION_ACK_TIMEOUT_MS = 10_000;

export interface UpstreamRequest {
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}

export interface UpstreamPoolOptions {
  /** HTTP routing URL per subgraph name. */
  endpoints: ReadonlyMap<string, string>;
  signingSecret: string;
  viewer: Viewer;
  limits: ResolvedBridgeLimits;
  logger: Logger;
  /** Told when one of the pool's sockets opens and when it closes, for the bridge's socket count. */
  onSocketOpened: () => void;
  onSocketClosed: () => void;
}

export function webSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** Exponential backoff with jitter, so subscribers of a restarted subgraph do not all return at once. */
export function reconnectDelay(retries: number, limits: Pick<ResolvedBridgeLimits, 'upstreamRetryInitialDelayMs' | 'upstreamRetryMaxDelayMs'>, random = Math.random): number {
  const ceiling = Math.min(limits.upstreamRetryMaxDelayMs, limits.upstreamRetryInitialDelayMs * 2 ** retries);
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

export class UpstreamPool {
  private readonly clients = new Map<string, Client>();
  private disposed = false;

  constructor(private readonly options: UpstreamPoolOptions) {}

  /** Subscribes on the subgraph's shared connection; the returned function unsubscribes. */
  subscribe(subgraph: string, request: UpstreamRequest, sink: Sink<FormattedExecutionResult>): () => void {
    if (this.disposed) {
      sink.complete();
      return () => undefined;
    }
    return this.clientFor(subgraph).subscribe(request, sink);
  }

  /** Closes every connection of the pool; their subscriptions end without reaching the client. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((client) => client.dispose()));
  }

  private clientFor(subgraph: string): Client {
    const existing = this.clients.get(subgraph);
    if (existing !== undefined) return existing;
    const httpUrl = this.options.endpoints.get(subgraph);
    if (httpUrl === undefined) throw new Error(`The supergraph names no URL for subgraph "${subgraph}"`);
    const { signingSecret, viewer, limits, logger } = this.options;
    let socketOpen = false;
    const client = createClient({
      url: webSocketUrl(httpUrl),
      webSocketImpl: WebSocket,
      // Connect on the first subscription, disconnect right after the last one ends.
      lazy: true,
      lazyCloseTimeout: 0,
      connectionAckWaitTimeout: CONNECTION_ACK_TIMEOUT_MS,
      connectionParams: () => {
        const requestId = randomUUID();
        return {
          [REQUEST_ID_HEADER]: requestId,
          [VIEWER_HEADER]: signViewer(signingSecret, viewer, requestId, { ttlSeconds: VIEWER_HEADER_TTL_SECONDS }),
        };
      },
      retryAttempts: limits.upstreamRetryAttempts,
      // Every way of losing a subgraph (refused connection, restart, dropped socket) is worth a retry.
      shouldRetry: () => true,
      retryWait: (retries) =>
        new Promise<void>((resolve) => {
          setTimeout(resolve, reconnectDelay(retries, limits)).unref();
        }),
      on: {
        opened: () => {
          socketOpen = true;
          this.options.onSocketOpened();
        },
        closed: (event) => {
          if (!socketOpen) return;
          socketOpen = false;
          this.options.onSocketClosed();
          if (!this.disposed) logger.debug({ subgraph, event: closeDetails(event) }, 'upstream subscription socket closed');
        },
      },
    });
    this.clients.set(subgraph, client);
    return client;
  }
}

function closeDetails(event: unknown): { code?: number; reason?: string } {
  if (typeof event !== 'object' || event === null) return {};
  const { code, reason } = event as { code?: unknown; reason?: unknown };
  return { code: typeof code === 'number' ? code : undefined, reason: typeof reason === 'string' ? reason : undefined };
}
