// What a public-graph operation carries. The viewer starts anonymous and becomes the school's key once
// the key is authenticated (after validation, before execution): the SignedDataSource signs whatever
// viewer the context holds when it fetches.
import type { GatewayContext } from '../context';

export interface PublicGraphContext extends GatewayContext {
  /** The X-Api-Key the request came with, not yet checked. */
  apiKey: string;
  /** Client address, for the school-key viewer and the key check's logs. */
  clientIp: string;
}
