// Serves one subgraph: Apollo Server over plain node:http plus graphql-ws on the same path, guarded by
// the gateway signature, with /health, /metrics and a graceful stop.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { GraphQLSchema } from 'graphql';
import { buildContext, type SubgraphContext, type SubgraphServices } from './context';
import { maskError } from './errors';
import { subgraphPortEnvName } from './env';
import { requestLogger, serviceLogger, type Logger } from './logger';
import { createGraphQLMetrics, graphQLMetricsPlugin, type GraphQLMetrics } from './metrics';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { VIEWER_HEADER, ViewerSignatureError, verifyViewer } from './viewer-signature';
import { InFlightTracker, graphQLErrorBody, listen, readGraphQLBody, sendJson, toHeaderMap, writeGraphQLResponse } from './http';

export interface StartSubgraphOptions {
  /** Subgraph name as in supergraph.yaml; labels logs and metrics. */
  name: string;
  schema: GraphQLSchema;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Env variable that sets the port, named in the error when the port is taken. */
  portEnvName?: string;
  /** Shared HMAC secret the gateway signs viewer headers with. */
  signingSecret: string;
  services: SubgraphServices;
  /** Largest accepted request body. @default 1 MiB */
  bodyLimitBytes?: number;
  /** Collect process-level metrics (once per process). @default false */
  defaultMetrics?: boolean;
}

export interface RunningSubgraph {
  name: string;
  port: number;
  url: string;
  metrics: GraphQLMetrics;
  /** Stops accepting, drains in-flight requests and sockets. Does not close the shared services. */
  stop(): Promise<void>;
}

export async function startSubgraph(options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const { name, schema, services, signingSecret } = options;
  const host = options.host ?? '127.0.0.1';
  const bodyLimit = options.bodyLimitBytes ?? 1024 * 1024;
  const logger: Logger = serviceLogger(name);
  const metrics = createGraphQLMetrics(name, { defaultMetrics: options.defaultMetrics ?? false });
  const inFlight = new InFlightTracker();
  let stopping = false;

  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    // Subgraphs sit behind the gateway; the gateway decides what clients may introspect.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The process owner decides how to stop; Apollo re-raising SIGTERM would cut the drain short.
    stopOnTerminationSignals: false,
    plugins: [graphQLMetricsPlugin<SubgraphContext>(metrics, name)],
    formatError: (formatted) =>
      maskError(formatted, (unexpected) => logger.error({ error: unexpected }, 'unexpected error masked as INTERNAL')),
    logger: { debug: () => {}, info: () => {}, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await apollo.start();

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
    let viewer;
    try {
      viewer = verifyViewer(signingSecret, header(request, VIEWER_HEADER), requestId);
    } catch (error) {
      if (!(error instanceof ViewerSignatureError)) throw error;
      logger.warn({ requestId, reason: error.message }, 'refused a request without a valid gateway signature');
      metrics.errors.inc({ service: name, code: 'UNAUTHENTICATED' });
      sendJson(response, 401, graphQLErrorBody('UNAUTHENTICATED', 'This service only answers requests signed by the gateway.'));
      return;
    }
    const body = await readGraphQLBody(request, bodyLimit);
    if (!body.ok) {
      sendJson(response, body.status, graphQLErrorBody('BAD_USER_INPUT', body.message));
      return;
    }
    const url = new URL(request.url ?? '/', 'http://subgraph');
    const log = requestLogger(logger, requestId);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers: toHeaderMap(request), search: url.search, body: body.body },
      context: async () => buildContext(services, { requestId, viewer, logger: log, domain: name }),
    });
    await writeGraphQLResponse(response, result);
  }

  async function handleHealth(response: ServerResponse): Promise<void> {
    try {
      await services.prisma.$queryRawUnsafe('SELECT 1');
      sendJson(response, stopping ? 503 : 200, { status: stopping ? 'stopping' : 'ok', service: name, database: 'ok' });
    } catch (error) {
      logger.error({ error }, 'health check: database unreachable');
      sendJson(response, 503, { status: 'unhealthy', service: name, database: 'unreachable' });
    }
  }

  const server = createServer((request, response) => {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (stopping) {
      response.setHeader('connection', 'close');
    }
    inFlight.track(response);
    const path = (request.url ?? '/').split('?')[0];
    const work =
      path === '/graphql'
        ? handleGraphQL(request, response, requestId)
        : path === '/health'
          ? handleHealth(response)
          : path === '/metrics'
            ? metrics.registry.metrics().then((text) => {
                response.writeHead(200, { 'content-type': metrics.registry.contentType });
                response.end(text);
              })
            : Promise.resolve(sendJson(response, 404, { error: 'not found' }));
    work.catch((error: unknown) => {
      logger.error({ requestId, error }, 'request failed');
      if (!response.headersSent) sendJson(response, 500, graphQLErrorBody('INTERNAL', 'Something went wrong on our side.'));
      else response.destroy();
    });
  });

  let port: number;
  try {
    port = await listen(server, options.port, host, options.portEnvName ?? subgraphPortEnvName(name));
  } catch (error) {
    await apollo.stop();
    throw error;
  }

  // Attached after a successful listen, so a taken port is reported once, by listen().
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  const wsServer = useServer<Record<string, unknown>>(
    {
      schema,
      // The gateway bridge opens the socket with a signed viewer in connection_init.
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const signed = typeof params[VIEWER_HEADER] === 'string' ? params[VIEWER_HEADER] : undefined;
        const requestId = typeof params[REQUEST_ID_HEADER] === 'string' ? params[REQUEST_ID_HEADER] : undefined;
        try {
          verifyViewer(signingSecret, signed, requestId);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const requestId = String(params[REQUEST_ID_HEADER]);
        // Verified in onConnect; parsed again here because graphql-ws keeps no per-connection state for us.
        const viewer = verifyViewer(signingSecret, String(params[VIEWER_HEADER]), requestId, connectedAt(ctx.extra.socket));
        return buildContext(services, { requestId, viewer, logger: requestLogger(logger, requestId), domain: name });
      },
    },
    sockets,
  );
  sockets.on('connection', (socket) => connectionTimes.set(socket, Date.now()));

  logger.info({ port }, 'subgraph listening');

  return {
    name,
    port,
    url: `http://${host}:${port}/graphql`,
    metrics,
    async stop() {
      if (stopping) return;
      stopping = true;
      server.close();
      await wsServer.dispose();
      sockets.close();
      await inFlight.drained();
      server.closeIdleConnections();
      await apollo.stop();
      logger.info('subgraph stopped');
    },
  };
}

const connectionTimes = new WeakMap<object, number>();
/** The signature is checked against the moment the socket opened, not each later operation. */
function connectedAt(socket: object): number {
  return connectionTimes.get(socket) ?? Date.now();
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
