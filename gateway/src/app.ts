// The gateway: Apollo Gateway on the composed supergraph behind Apollo Server over plain node:http,
// plus /health, /metrics, signed file downloads, the web app and the subscription bridge (graphql-ws on
// /graphql). Builds and serves; reads no env.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { maskError } from '@scrollforge/kit/src/errors';
import { InFlightTracker, graphQLErrorBody, listen, readGraphQLBody, sendJson, toHeaderMap, writeGraphQLResponse } from '@scrollforge/kit/src/http';
import { requestLogger, serviceLogger, type Logger } from '@scrollforge/kit/src/logger';
import { createGraphQLMetrics, graphQLMetricsPlugin } from '@scrollforge/kit/src/metrics';
import { REQUEST_ID_HEADER, requestIdFrom } from '@scrollforge/kit/src/request-id';
import { assertSigningSecret } from '@scrollforge/kit/src/viewer-signature';
import { CALENDAR_PATH_PREFIX, calendarReaderOf, serveCalendarFeed } from './calendar-feed';
import { badgeMetadataReaderOf, isBadgeMetadataPath, serveBadgeMetadata } from './badge-metadata';
import type { GatewayContext } from './context';
import { applyCors, isPreflight } from './cors';
import { errorLoggingPlugin } from './error-logging-plugin';
import { checkGraphHealth } from './health';
import { operationLimitRules } from './limits';
import { devOnlyFieldsRule } from './dev-only-fields-rule';
import { admitOperation } from './persisted-queries/admit-operation';
import { DEFAULT_GATEWAY_KEY_PREFIX, createPersistedQueryCache } from './persisted-queries/persisted-query-cache';
import { readTrustedDocuments } from './persisted-queries/trusted-documents';
import type { GatewayOptions, RunningGateway } from './options';
import { API_CONTENT_SECURITY_POLICY, setSecurityHeaders } from './security-headers';
import { SignedDataSource } from './signed-data-source';
import { startPublicGraph } from './public/public-graph';
import { PUBLIC_GRAPH_PATH, isPublicGraphRequest, refusePublicUpgrade } from './public/public-upgrade';
import { FILES_PATH_PREFIX, serveSignedFile } from './signed-files';
import { isDirectory, serveSite } from './static-site';
import { STRIPE_WEBHOOK_PATH, serveStripeWebhook, stripeWebhookDelivererOf } from './stripe-webhook';
import { createSubscriptionBridge } from './subscriptions/bridge';
import { TEST_CHECKOUT_PATH_PREFIX, serveTestCheckout } from './test-checkout';
import { subgraphsOfSupergraph, withUrlOverrides } from './supergraph-subgraphs';
import { viewerFromRequest } from './viewer-from-request';

export type { GatewayOptions, RunningGateway } from './options';

/** Labels the gateway's logs and metrics. */
const GATEWAY_SERVICE = 'gateway';

// Room for the largest upload carried in an operation: a 2 MB avatar is about 2.7 MB as base64.
const DEFAULT_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

function apolloLogger(logger: Logger) {
  // Apollo's info/debug chatter (schema loads, plan caches) is noise at our log levels.
  return {
    debug: (message: unknown) => logger.debug(String(message)),
    info: (message: unknown) => logger.debug(String(message)),
    warn: (message: unknown) => logger.warn(String(message)),
    error: (message: unknown) => logger.error(String(message)),
  };
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  assertSigningSecret(options.signingSecret);
  const host = options.host ?? '127.0.0.1';
  const production = options.production ?? false;
  const trustProxy = options.trustProxy ?? false;
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const allowedOrigins = new Set(options.corsOrigins ?? []);
  const logger = serviceLogger(GATEWAY_SERVICE);
  const metrics = createGraphQLMetrics(GATEWAY_SERVICE, { defaultMetrics: options.defaultMetrics ?? false });
  const inFlight = new InFlightTracker();
  let stopping = false;

  const { subgraphs, unknownOverrides } = withUrlOverrides(subgraphsOfSupergraph(options.supergraphSdl), options.subgraphUrls ?? {});
  if (unknownOverrides.length > 0) {
    // A subgraph that runs but is not composed yet is harmless; say so rather than fail the start.
    logger.warn({ unknownOverrides }, 'URL overrides name subgraphs the supergraph does not contain; run `npm run compose`');
  }
  const routingUrls = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const staticDir = options.staticDir !== undefined && (await isDirectory(options.staticDir)) ? options.staticDir : undefined;

  // Production runs only the apps' registered operations on /graphql; an explicit manifest does so in any mode.
  const trustedDocuments =
    options.trustedDocuments === false ? undefined : (options.trustedDocuments ?? (production ? readTrustedDocuments() : undefined));
  const persistedQueries = createPersistedQueryCache({
    redisUrl: options.redisUrl,
    keyPrefix: options.redisKeyPrefix ?? DEFAULT_GATEWAY_KEY_PREFIX,
    onError: (error) => logger.warn({ error }, 'the persisted-query cache in Redis failed; clients resend full operations meanwhile'),
  });

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: apolloLogger(logger),
    buildService: ({ name, url }) =>
      new SignedDataSource({ url: routingUrls.get(name) ?? url ?? '', signingSecret: options.signingSecret }),
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    // Hides "Did you mean …?" suggestions, which would map the schema for someone without introspection.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (drain HTTP first, then the gateway); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    persistedQueries: persistedQueries.apolloOptions,
    validationRules: production ? [...operationLimitRules(), devOnlyFieldsRule] : operationLimitRules(),
    plugins: [
      graphQLMetricsPlugin<GatewayContext>(metrics, GATEWAY_SERVICE),
      errorLoggingPlugin(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    // The plugin above logged the unexpected ones with their request id; here they are only masked.
    formatError: (formatted) => maskError(formatted, () => {}),
    logger: apolloLogger(logger),
  });
  await apollo.start();
  // Schools' API keys query the public contract of the graph, when one is composed.
  const publicGraph =
    options.publicSupergraphSdl === undefined
      ? undefined
      : await startPublicGraph({
          supergraphSdl: options.publicSupergraphSdl,
          routingUrls,
          signingSecret: options.signingSecret,
          production,
          trustProxy,
          bodyLimitBytes: bodyLimit,
          apolloLogger: apolloLogger(logger),
          plugins: [graphQLMetricsPlugin(metrics, GATEWAY_SERVICE), errorLoggingPlugin()],
          refuse,
        });
  const deliverStripeWebhook = stripeWebhookDelivererOf(apollo);

  const subscriptions = createSubscriptionBridge({
    supergraphSdl: options.supergraphSdl,
    subgraphs,
    signingSecret: options.signingSecret,
    jwtSecret: options.jwtSecret,
    allowedOrigins,
    trustProxy,
    production,
    logger,
    metrics: { registry: metrics.registry, service: GATEWAY_SERVICE },
    limits: options.subscriptions,
  });

  function refuse(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    metrics.errors.inc({ service: GATEWAY_SERVICE, code });
    sendJson(response, status, graphQLErrorBody(code, message), headers);
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, requestId: string, log: Logger): Promise<void> {
    if (!production) response.removeHeader('content-security-policy');
    const resolution = await viewerFromRequest(request, { jwtSecret: options.jwtSecret, trustProxy });
    if (!resolution.ok) {
      // Refused here, so no subgraph ever sees a request from a bad token.
      log.info({ reason: resolution.reason }, 'refused an invalid access token');
      refuse(response, 401, 'UNAUTHENTICATED', resolution.message, { 'www-authenticate': 'Bearer error="invalid_token"' });
      return;
    }
    const body = await readGraphQLBody(request, bodyLimit);
    if (!body.ok) {
      refuse(response, body.status, 'BAD_USER_INPUT', body.message, body.status === 413 ? { connection: 'close' } : {});
      return;
    }
    const url = new URL(request.url ?? '/', 'http://gateway');
    const admission = admitOperation({ method: request.method ?? 'GET', search: url.search, body: body.body }, trustedDocuments);
    if (!admission.admitted) {
      log.info({ code: admission.code }, 'refused an operation before running it');
      refuse(response, admission.status, admission.code, admission.message, admission.headers);
      return;
    }
    const { method, search, body: operationBody } = admission.request;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers: toHeaderMap(request), search, body: operationBody },
      context: async () => ({ requestId, viewer: resolution.viewer, logger: log }),
    });
    await writeGraphQLResponse(response, result);
  }

  async function handleHealth(response: ServerResponse): Promise<void> {
    const health = await checkGraphHealth(subgraphs, stopping);
    sendJson(response, health.status === 'ok' ? 200 : 503, health, { 'cache-control': 'no-store' });
  }

  async function handleMetrics(response: ServerResponse): Promise<void> {
    const text = await metrics.registry.metrics();
    response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
    response.end(text);
  }

  async function route(request: IncomingMessage, response: ServerResponse, requestId: string, log: Logger): Promise<void> {
    const corsAllowed = applyCors(request, response, allowedOrigins);
    if (isPreflight(request)) {
      // A refused origin still gets a plain 204: without CORS headers the browser blocks the real call.
      if (!corsAllowed) log.info({ origin: request.headers.origin }, 'refused a CORS preflight from an origin not on the allowlist');
      response.writeHead(204, { 'content-length': '0' });
      response.end();
      return;
    }
    const pathname = new URL(request.url ?? '/', 'http://gateway').pathname;
    if (pathname === '/graphql') return handleGraphQL(request, response, requestId, log);
    if (pathname === PUBLIC_GRAPH_PATH) {
      if (publicGraph !== undefined) return publicGraph.handle(request, response, requestId, log);
      return refuse(response, 404, 'NOT_FOUND', 'This server has no public graph. Run `npm run compose` to generate gateway/public-supergraph.graphql, then restart.');
    }
    if (pathname === '/health') return handleHealth(response);
    if (pathname === '/metrics') return handleMetrics(response);
    if (pathname === STRIPE_WEBHOOK_PATH) return serveStripeWebhook(request, response, requestId, log, { deliver: deliverStripeWebhook, trustProxy });
    if (pathname.startsWith(TEST_CHECKOUT_PATH_PREFIX)) {
      return serveTestCheckout(request, response, requestId, log, { apollo, deliver: deliverStripeWebhook, trustProxy });
    }
    if (isBadgeMetadataPath(pathname)) {
      return serveBadgeMetadata(request, response, requestId, log, { read: badgeMetadataReaderOf(apollo), trustProxy });
    }
    if (pathname.startsWith(CALENDAR_PATH_PREFIX)) {
      return serveCalendarFeed(request, response, requestId, log, { read: calendarReaderOf(apollo), trustProxy });
    }
    if (pathname.startsWith(FILES_PATH_PREFIX)) {
      return serveSignedFile(request, response, { secret: options.fileSigningSecret, storage: options.storage, log });
    }
    response.removeHeader('content-security-policy');
    return serveSite(request, response, pathname, staticDir);
  }

  const server = createServer((request, response) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    const log = requestLogger(logger, requestId);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    setSecurityHeaders(response, production);
    // Pages set their own policy; everything else (JSON, downloads) may run nothing.
    response.setHeader('content-security-policy', API_CONTENT_SECURITY_POLICY);
    if (stopping) response.setHeader('connection', 'close');
    inFlight.track(response);
    response.once('finish', () =>
      log.info(
        { method: request.method, path: request.url?.split('?')[0], status: response.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      ),
    );
    route(request, response, requestId, log).catch((error: unknown) => {
      log.error({ error }, 'request failed');
      if (!response.headersSent) refuse(response, 500, 'INTERNAL', 'Something went wrong on our side. Try again with the same request id if it persists.');
      else response.destroy();
    });
  });
  server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
    if (stopping) socket.destroy();
    else if (isPublicGraphRequest(request)) refusePublicUpgrade(socket);
    else if (options.onUpgrade !== undefined) options.onUpgrade(request, socket, head);
    else subscriptions.handleUpgrade(request, socket, head);
  });

  const port = await listen(server, options.port, host, options.portEnvName ?? 'GATEWAY_PORT');
  logger.info({ port, subgraphs }, 'gateway listening');

  return {
    url: `http://${host}:${port}/graphql`,
    port,
    server,
    subscriptions: { stats: subscriptions.stats },
    async stop() {
      if (stopping) return;
      stopping = true;
      server.close();
      server.closeIdleConnections();
      await subscriptions.close();
      await inFlight.drained();
      // Whatever is left is idle keep-alive; upgraded sockets are the bridge's (closed above) or onUpgrade's.
      server.closeAllConnections();
      await apollo.stop();
      await publicGraph?.stop();
      await persistedQueries.close();
      logger.info('gateway stopped');
    },
  };
}
