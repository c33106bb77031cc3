// The public graph at /public/graphql: a second Apollo Gateway over the public supergraph (the contract
// of the supergraph that schools may query), behind its own Apollo Server with tighter limits. It shares
// the main graph's subgraph URLs and signed fetches; the viewer is the school's API key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maskError } from '@scrollforge/kit/src/errors';
import { readGraphQLBody, toHeaderMap, writeGraphQLResponse } from '@scrollforge/kit/src/http';
import type { Logger } from '@scrollforge/kit/src/logger';
import { anonymousViewer } from '@scrollforge/kit/src/viewer';
import { SignedDataSource } from '../signed-data-source';
import { clientIp } from '../viewer-from-request';
import { API_KEY_HEADER, apiKeyFromRequest } from './api-key-header';
import type { PublicGraphContext } from './public-context';
import { publicGraphPlugin } from './public-graph-plugin';
import { publicGraphValidationRules } from './public-limits';
import { scopeRequirementsOf } from './scope-requirements';

type ApolloLogger = NonNullable<ApolloServerOptions<BaseContext>['logger']>;

export interface PublicGraphOptions {
  /** The public supergraph (gateway/public-supergraph.graphql). */
  supergraphSdl: string;
  /** Routing URL per subgraph name, as the main graph uses them. */
  routingUrls: ReadonlyMap<string, string>;
  signingSecret: string;
  /** Production mode: no field suggestions in errors. Introspection stays on: it shows only the contract. */
  production: boolean;
  trustProxy: boolean;
  bodyLimitBytes: number;
  apolloLogger: ApolloLogger;
  /** Plugins shared with the main graph (metrics, error logging). */
  plugins: ApolloServerPlugin<PublicGraphContext>[];
  /** Answers a request refused before Apollo sees it, counted like the main graph's refusals. */
  refuse(response: ServerResponse, status: number, code: string, message: string, headers?: Record<string, string>): void;
}

export interface PublicGraph {
  handle(request: IncomingMessage, response: ServerResponse, requestId: string, log: Logger): Promise<void>;
  stop(): Promise<void>;
}

export async function startPublicGraph(options: PublicGraphOptions): Promise<PublicGraph> {
  const usersUrl = options.routingUrls.get('users');
  if (usersUrl === undefined) throw new Error('The public graph needs the users subgraph to authenticate API keys, but no users subgraph is composed.');

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.apolloLogger,
    buildService: ({ name, url }) => new SignedDataSource({ url: options.routingUrls.get(name) ?? url ?? '', signingSecret: options.signingSecret }),
  });
  const apollo = new ApolloServer<PublicGraphContext>({
    gateway,
    // Key holders may explore the contract; the API schema of the public supergraph holds nothing else.
    introspection: true,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    // Every request carries X-Api-Key, a header a browser cannot send cross-site without a preflight.
    csrfPrevention: { requestHeaders: [API_KEY_HEADER] },
    validationRules: publicGraphValidationRules(),
    plugins: [
      ...options.plugins,
      publicGraphPlugin({ usersUrl, signingSecret: options.signingSecret, scopeRequirements: scopeRequirementsOf(options.supergraphSdl) }),
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: (formatted) => maskError(formatted, () => {}),
    logger: options.apolloLogger,
  });
  await apollo.start();

  return {
    async handle(request, response, requestId, log) {
      const apiKey = apiKeyFromRequest(request);
      if (!apiKey.ok) {
        options.refuse(response, 401, 'UNAUTHENTICATED', apiKey.message);
        return;
      }
      const body = await readGraphQLBody(request, options.bodyLimitBytes);
      if (!body.ok) {
        options.refuse(response, body.status, 'BAD_USER_INPUT', body.message, body.status === 413 ? { connection: 'close' } : {});
        return;
      }
      const ip = clientIp(request, options.trustProxy);
      const url = new URL(request.url ?? '/', 'http://gateway');
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers: toHeaderMap(request), search: url.search, body: body.body },
        context: async () => ({ requestId, viewer: anonymousViewer(ip), logger: log, apiKey: apiKey.key, clientIp: ip }),
      });
      await writeGraphQLResponse(response, result);
    },
    stop: () => apollo.stop(),
  };
}
