// What startGateway takes and returns.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TrustedDocuments } from './persisted-queries/trusted-documents';
import type { FileStore } from './signed-files';
import type { SubscriptionBridgeLimits, SubscriptionBridgeStats } from './subscriptions/bridge';

export interface GatewayOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Env variable that sets the port, named in the error when the port is taken. @default 'GATEWAY_PORT' */
  portEnvName?: string;
  /** The composed supergraph (gateway/supergraph.graphql). */
  supergraphSdl: string;
  /** The public contract's supergraph (gateway/public-supergraph.graphql), served at /public/graphql. @default no public graph */
  publicSupergraphSdl?: string;
  /** Routing URL per subgraph name, overriding the supergraph's (embedded mode picks ports at start). @default {} */
  subgraphUrls?: Record<string, string>;
  /** HMAC secret shared with the subgraphs for the signed viewer header. */
  signingSecret: string;
  /** Secret access JWTs are signed with. */
  jwtSecret: string;
  /** Secret signed file URLs are signed with. */
  fileSigningSecret: string;
  /** Where `/files/<key>` downloads are read from. */
  storage: FileStore;
  /** Browser origins allowed to call the API cross-origin (exact match). @default [] */
  corsOrigins?: string[];
  /** Production mode: no introspection, no field suggestions, HSTS, no landing page. @default false */
  production?: boolean;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). @default false */
  trustProxy?: boolean;
  /** Built web app to serve at /; when missing or absent, a placeholder page is served. */
  staticDir?: string;
  /** Largest accepted request body. @default 1 MiB */
  bodyLimitBytes?: number;
  /** Collect process-level metrics (once per process). @default false */
  defaultMetrics?: boolean;
  /** Redis shared by gateway instances (the automatic persisted-query cache); unset keeps it in memory. @default undefined */
  redisUrl?: string;
  /** Prefix of the gateway's Redis keys, so deployments sharing a Redis stay apart. @default 'scrollforge:gateway:' */
  redisKeyPrefix?: string;
  /**
   * The only operations /graphql runs (sha256 of the text → text), or false for any operation. Subscriptions over
   * graphql-ws are not checked. @default gateway/trusted-documents.json in production, false otherwise
   */
  trustedDocuments?: TrustedDocuments | false;
  /** Limits of the subscription bridge (graphql-ws on /graphql); see subscriptions/bridge.ts. @default the bridge's defaults */
  subscriptions?: SubscriptionBridgeLimits;
  /**
   * Takes HTTP upgrades on the gateway's port in place of the subscription bridge, which otherwise
   * serves graphql-ws on /graphql. @default the subscription bridge
   */
  onUpgrade?: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  /** The HTTP server, for attaching WebSocket servers; close their sockets before calling stop(). */
  server: Server;
  /** The subscription bridge's live counts. */
  subscriptions: { stats(): SubscriptionBridgeStats };
  /** Stops accepting, closes subscription sockets (1001), drains in-flight requests, stops the Apollo gateway. */
  stop(): Promise<void>;
}
