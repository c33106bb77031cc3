// Every fetch the gateway sends a subgraph carries the request id and a freshly signed viewer header.
// Signing per fetch (not per client request) keeps each header's lifetime short even when a query
// plan runs long.
import { randomUUID } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@scrollforge/kit/src/request-id';
import { anonymousViewer, type Viewer } from '@scrollforge/kit/src/viewer';
import { VIEWER_HEADER, signViewer } from '@scrollforge/kit/src/viewer-signature';
import type { GatewayContext } from './context';

/** Lifetime of a signed viewer header; well under the subgraphs' 60 s ceiling. */
export const VIEWER_HEADER_TTL_SECONDS = 30;

export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly signingSecret: string;

  constructor(options: { url: string; signingSecret: string }) {
    super({ url: options.url });
    this.signingSecret = options.signingSecret;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (headers === undefined) return;
    // Health checks and schema loading have no client request behind them: they go out anonymous.
    const context: Partial<GatewayContext> = options.context;
    const requestId = context.requestId ?? randomUUID();
    const viewer: Viewer = context.viewer ?? anonymousViewer('gateway');
    headers.set(REQUEST_ID_HEADER, requestId);
    headers.set(VIEWER_HEADER, signViewer(this.signingSecret, viewer, requestId, { ttlSeconds: VIEWER_HEADER_TTL_SECONDS }));
  }
}
