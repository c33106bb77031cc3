// What every gateway operation carries: who asks and under which request id, for signing subgraph
// fetches and for logging.
import type { Logger } from '@scrollforge/kit/src/logger';
import type { Viewer } from '@scrollforge/kit/src/viewer';

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
  /** Logger bound to the request id. */
  logger: Logger;
}
