/**
 * The subscription bridge: GraphQL subscriptions over WebSocket (the graphql-ws protocol,
 * `graphql-transport-ws`) on the gateway's own port and path (`/graphql`), for any subscription
 * field of any subgraph in the supergraph. Apollo Gateway executes no subscriptions; this does.
 *
 * How it works. The operation is validated and planned against the supergraph; the plan's `primary`
 * fetch (the owning subgraph's fields plus entity keys) is sent to that subgraph over graphql-ws,
 * on one upstream connection per (client socket, subgraph) that carries the client's viewer signed
 * afresh (with a new request id) on every (re)connect. Each event is completed by Apollo's own
 * executor running `Sequence(primary, rest)` with `primary` answered from the event, so fields other
 * subgraphs own arrive through batched, signed `_entities` fetches: one fetch per plan step per
 * event, however long the lists in it. Events of one subscription are completed one at a time, in
 * the order the subgraph sent them.
 *
 * Connecting.
 * - Origin: a browser Origin must be the gateway's own or on the CORS allowlist, else the upgrade is
 *   answered 403 before any WebSocket exists. No Origin (non-browser clients) is allowed.
 * - `connection_init` payload `{ authorization: "Bearer <access token>" }` or `{ token }`. No token
 *   is an anonymous viewer. An invalid token closes with 4403 "Invalid token", an expired one with
 *   4403 "Token expired".
 * - Token expiry: when the access token of an open socket expires, the socket is closed with
 *   4403 "Token expired". 4403 (not 4401) because graphql-ws clients retry 4403 and call
 *   `connectionParams` again, so a client whose `connectionParams` returns a fresh token reconnects
 *   and resubscribes by itself; they treat 4401 as final.
 * - graphql-ws close codes: 4400 malformed message, 4401 subscribe before `connection_ack`,
 *   4408 no `connection_init` within `connectionInitTimeoutMs` (default 10 s), 4409 duplicate
 *   operation id, 4429 second `connection_init`, 1009 message over `maxMessageBytes` (256 KiB).
 *
 * Operations.
 * - Only subscriptions. A query or mutation gets an `error` message (code BAD_REQUEST) telling the
 *   client to use HTTP, so HTTP stays the one path for them.
 * - Parse, validation (including the depth and alias limits of limits.ts), variable and
 *   per-socket/gateway limit failures are `error` messages with `extensions.code`:
 *   GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, OPERATION_RESOLUTION_FAILURE,
 *   RATE_LIMITED (`reason` SUBSCRIPTIONS_PER_SOCKET: over 50 on one socket; GATEWAY_AT_CAPACITY:
 *   over 10,000 in the process).
 * - A subgraph refusing the subscription (e.g. FORBIDDEN from its subscribe resolver) reaches the
 *   client as an `error` message with the subgraph's code. Errors in one event (from the subgraph or
 *   from hydration) are `errors` in that event's `next`; the subscription goes on. The subgraph
 *   completing completes the client's subscription; the subgraph ending it with an error ends it
 *   with an `error` message. Errors without a known code are masked as INTERNAL, as on HTTP.
 *
 * Slow consumers. Each subscription holds at most `bufferSize` (default 256) upstream events that
 * are not yet delivered (a client not reading its socket, or slow hydration). One more and the
 * buffer is dropped and the subscription ended with an `error` message: code RATE_LIMITED, reason
 * SLOW_CONSUMER. Memory per subscription stays bounded; the client resubscribes when ready.
 *
 * Subgraph restarts. A lost upstream connection is reopened with exponential backoff (250 ms
 * doubling to 10 s, with jitter, up to 30 attempts) and its active subscriptions are resubscribed;
 * events published while the subgraph was away are lost. After the last attempt the subscriptions
 * end with an INTERNAL `error` message.
 *
 * Resources. Upstream connections open with a client's first subscription to a subgraph and close
 * when its last one ends, and whenever the client socket closes, however it closes. `stats()`
 * reports client sockets, running subscriptions and upstream sockets; the same numbers are metrics.
 * close() (called by the gateway's stop()) closes client sockets with 1001 and their upstream ones.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import { CloseCode, type ExecutionResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Registry } from 'prom-client';
import { maskError } from '@scrollforge/kit/src/errors';
import { requestLogger, type Logger } from '@scrollforge/kit/src/logger';
import { REQUEST_ID_HEADER, requestIdFrom } from '@scrollforge/kit/src/request-id';
import { anonymousViewer, type Viewer } from '@scrollforge/kit/src/viewer';
import type { GatewayContext } from '../context';
import { SignedDataSource } from '../signed-data-source';
import type { SubgraphEndpoint } from '../supergraph-subgraphs';
import { clientIp } from '../viewer-from-request';
import { SubscriptionEndedError, gatewayAtCapacity, tooManySubscriptionsOnSocket } from './bridge-errors';
import { createBridgeMetrics, type BridgeRefusalReason, type SubscriptionBridgeStats } from './bridge-metrics';
import { resolveBridgeLimits, type SubscriptionBridgeLimits } from './bridge-options';
import { BridgedSubscription, type SubscriptionEnd } from './bridged-subscription';
import { authenticateConnection } from './connection-auth';
import { SubscriptionPlanner, type PlannedSubscription } from './subscription-planner';
import { isOriginAllowed, isSubscriptionHandshake, refuseUpgrade } from './upgrade';
import { UpstreamPool } from './upstream-pool';

export type { SubscriptionBridgeStats } from './bridge-metrics';
export type { SubscriptionBridgeLimits } from './bridge-options';

export const TOKEN_EXPIRED_CLOSE_REASON = 'Token expired';
export const INVALID_TOKEN_CLOSE_REASON = 'Invalid token';
export const GOING_AWAY_CLOSE_CODE = 1001;
/** setTimeout's ceiling (about 24 days); access tokens live far shorter. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SubscriptionBridgeOptions {
  /** The composed supergraph the gateway serves. */
  supergraphSdl: string;
  /** Every subgraph with the URL the gateway routes to (overrides applied). */
  subgraphs: readonly SubgraphEndpoint[];
  signingSecret: string;
  jwtSecret: string;
  /** Browser origins allowed besides the gateway's own (the CORS allowlist). */
  allowedOrigins: ReadonlySet<string>;
  trustProxy: boolean;
  production: boolean;
  logger: Logger;
  /** Registry the bridge's metrics are added to, and their `service` label. */
  metrics: { registry: Registry; service: string };
  limits?: SubscriptionBridgeLimits;
}

export interface SubscriptionBridge {
  /** Takes an HTTP upgrade: WebSocket handshakes on /graphql from allowed origins; destroys the rest. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  stats(): SubscriptionBridgeStats;
  /** Refuses new sockets, closes client sockets with 1001 and every upstream socket. */
  close(): Promise<void>;
}

interface ClientConnection {
  requestId: string;
  ip: string;
  logger: Logger;
  viewer: Viewer;
  /** Created once the socket is authenticated. */
  upstream?: UpstreamPool;
  expiryTimer?: NodeJS.Timeout;
  subscriptions: number;
}

interface Admission {
  connection: ClientConnection;
  upstream: UpstreamPool;
  planner: SubscriptionPlanner;
  planned: PlannedSubscription;
  variables: Record<string, unknown>;
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });
}

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined });
}

export function createSubscriptionBridge(options: SubscriptionBridgeOptions): SubscriptionBridge {
  const limits = resolveBridgeLimits(options.limits);
  const service = options.metrics.service;
  // Built on the first subscription: a second copy of the supergraph's schemas costs a few hundred
  // milliseconds that gateways without subscribers (most test runs) need not pay at start.
  let builtPlanner: SubscriptionPlanner | undefined;
  const plannerOf = () => (builtPlanner ??= new SubscriptionPlanner(options.supergraphSdl, { production: options.production }));
  const endpoints = new Map(options.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const dataSources = new Map<string, GraphQLDataSource>(
    options.subgraphs.map((subgraph) => [subgraph.name, new SignedDataSource({ url: subgraph.url, signingSecret: options.signingSecret })]),
  );
  const connections = new Map<WebSocket, ClientConnection>();
  const admissions = new WeakMap<ExecutionArgs, Admission>();
  let runningSubscriptions = 0;
  let upstreamSockets = 0;
  let closing = false;

  const stats = (): SubscriptionBridgeStats => ({ clientSockets: connections.size, subscriptions: runningSubscriptions, upstreamSockets });
  const metrics = createBridgeMetrics(options.metrics.registry, service, stats);
  const countRefusal = (reason: BridgeRefusalReason) => metrics.refused.inc({ service, reason });

  function connectionOf(socket: WebSocket): ClientConnection | undefined {
    return connections.get(socket);
  }

  function toWire(errors: readonly GraphQLFormattedError[], logger: Logger): GraphQLFormattedError[] {
    return errors.map((error) => maskError(error, (unexpected) => logger.error({ error: unexpected }, 'unexpected subscription error masked as INTERNAL')));
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  // Registered before graphql-ws' own listeners, so the connection exists before its first message.
  sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    const ip = clientIp(request, options.trustProxy);
    const connection: ClientConnection = { requestId, ip, logger: requestLogger(options.logger, requestId), viewer: anonymousViewer(ip), subscriptions: 0 };
    connections.set(socket, connection);
    socket.once('close', (code: number) => {
      connections.delete(socket);
      clearTimeout(connection.expiryTimer);
      // graphql-ws ends this socket's subscriptions next; their upstream sockets close here either way.
      void connection.upstream?.dispose();
      connection.logger.debug({ code }, 'subscription socket closed');
    });
  });

  useServer<Record<string, unknown>>(
    {
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      isProd: options.production,

      onConnect: async (context) => {
        const socket = context.extra.socket;
        const connection = connectionOf(socket);
        if (connection === undefined || closing) return false;
        const authentication = await authenticateConnection(context.connectionParams, { jwtSecret: options.jwtSecret, ip: connection.ip });
        if (!connections.has(socket)) return false;
        if (!authentication.ok) {
          countRefusal(authentication.expired ? 'token_expired' : 'token_invalid');
          connection.logger.info({ reason: authentication.reason }, 'refused a subscription socket with an invalid access token');
          socket.close(CloseCode.Forbidden, authentication.expired ? TOKEN_EXPIRED_CLOSE_REASON : INVALID_TOKEN_CLOSE_REASON);
          return false;
        }
        connection.viewer = authentication.viewer;
        connection.upstream = new UpstreamPool({
          endpoints,
          signingSecret: options.signingSecret,
          viewer: authentication.viewer,
          limits,
          logger: connection.logger,
          onSocketOpened: () => (upstreamSockets += 1),
          onSocketClosed: () => (upstreamSockets -= 1),
        });
        if (authentication.expiresAt !== undefined) {
          const closeOnExpiry = () => {
            countRefusal('token_expired');
            socket.close(CloseCode.Forbidden, TOKEN_EXPIRED_CLOSE_REASON);
          };
          connection.expiryTimer = setTimeout(closeOnExpiry, Math.min(MAX_TIMER_MS, Math.max(0, authentication.expiresAt - Date.now())));
        }
        return true;
      },

      onSubscribe: (context, _id, payload) => {
        const connection = connectionOf(context.extra.socket);
        const upstream = connection?.upstream;
        if (connection === undefined || upstream === undefined || closing) return [badRequest('This connection is closing.')];
        if (connection.subscriptions >= limits.maxSubscriptionsPerSocket) {
          countRefusal('subscriptions_per_socket');
          return [tooManySubscriptionsOnSocket(limits.maxSubscriptionsPerSocket)];
        }
        if (runningSubscriptions >= limits.maxSubscriptions) {
          countRefusal('gateway_at_capacity');
          connection.logger.warn({ limit: limits.maxSubscriptions }, 'refused a subscription: the gateway runs as many as it may');
          return [gatewayAtCapacity()];
        }
        if (typeof payload.query !== 'string') return [badRequest('A subscribe message needs the operation text in payload.query.')];
        const variables = payload.variables ?? {};
        const planner = plannerOf();
        const preparation = planner.prepare(payload.query, payload.operationName ?? undefined, variables);
        if (!preparation.ok) {
          countRefusal('invalid_operation');
          return preparation.errors;
        }
        // Counted from here, so two subscribe messages in one tick cannot both slip under a limit.
        connection.subscriptions += 1;
        runningSubscriptions += 1;
        const { planned } = preparation;
        const args: ExecutionArgs = {
          schema: planner.apiSchema,
          document: planned.document,
          operationName: planned.operationName,
          variableValues: variables,
          rootValue: undefined,
          contextValue: undefined,
        };
        admissions.set(args, { connection, upstream, planner, planned, variables });
        return args;
      },

      subscribe: (args) => {
        const admission = admissions.get(args);
        if (admission === undefined) return { errors: [badRequest('This subscription was not admitted.')] };
        admissions.delete(args);
        const { connection, upstream, planner, planned, variables } = admission;
        // One request id per subscription: every hydration fetch it causes carries it.
        const requestId = randomUUID();
        const logger = requestLogger(options.logger, requestId).child({ connectionRequestId: connection.requestId });
        const context: GatewayContext = { requestId, viewer: connection.viewer, logger };
        let released = false;
        const release = (end: SubscriptionEnd) => {
          if (released) return;
          released = true;
          connection.subscriptions -= 1;
          runningSubscriptions -= 1;
          metrics.ended.inc({ service, reason: end });
          logger.debug({ end, subgraph: planned.primary.serviceName }, 'subscription ended');
        };
        try {
          return new BridgedSubscription({
            upstream,
            execution: { planner, planned, variables, dataSources, context },
            bufferSize: limits.bufferSize,
            onEnd: release,
            onEvent: () => metrics.events.inc({ service }),
          });
        } catch (error) {
          release('upstream_error');
          logger.error({ error }, 'could not start a subscription');
          return { errors: [asGraphQLError(error)] };
        }
      },

      onNext: (context, _id, _payload, _args, result: ExecutionResult) => {
        const logger = connectionOf(context.extra.socket)?.logger ?? options.logger;
        const errors = result.errors === undefined ? [] : toWire(result.errors.map((error) => asGraphQLError(error).toJSON()), logger);
        return {
          ...(result.data !== undefined ? { data: result.data } : {}),
          ...(errors.length > 0 ? { errors } : {}),
        };
      },

      onError: (context, _id, _payload, errors) => {
        const logger = connectionOf(context.extra.socket)?.logger ?? options.logger;
        const formatted = errors.flatMap((error) =>
          error.originalError instanceof SubscriptionEndedError ? error.originalError.errors : [asGraphQLError(error).toJSON()],
        );
        return toWire(formatted, logger);
      },
    },
    sockets,
  );

  async function closeClientSockets(): Promise<void> {
    const open = [...connections.keys()];
    const closed = Promise.all(open.map((socket) => new Promise<void>((resolve) => (socket.readyState === socket.CLOSED ? resolve() : socket.once('close', () => resolve())))));
    for (const socket of open) socket.close(GOING_AWAY_CLOSE_CODE, 'Gateway shutting down');
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), limits.closeGraceMs)));
    if ((await Promise.race([closed, grace])) === 'late') {
      // A client that does not answer the close handshake is cut off; stop() must not hang on it.
      for (const socket of open) socket.terminate();
      await closed;
    }
    clearTimeout(timer);
  }

  return {
    handleUpgrade(request, socket, head) {
      if (closing || !isSubscriptionHandshake(request)) {
        socket.destroy();
        return;
      }
      if (!isOriginAllowed(request, options.allowedOrigins, options.trustProxy)) {
        countRefusal('origin');
        options.logger.info({ origin: request.headers.origin }, 'refused a WebSocket from an origin not on the allowlist');
        refuseUpgrade(socket, 403, 'Forbidden');
        return;
      }
      sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
    },

    stats,

    async close() {
      if (closing) return;
      closing = true;
      await closeClientSockets();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}
