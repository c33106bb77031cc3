// Builds and serves the community subgraph; the caller decides the port and supplies the services.
import type { SubgraphServices } from '../../kit/src/context';
import { startSubgraph, type RunningSubgraph } from '../../kit/src/server';
import type { SubgraphProcessOptions } from '../../kit/src/run-subgraph';
import { buildCommunitySchema } from './schema';
import { registerCommunityEventHandlers } from './event-handlers';

/** Attachments are at most 1 MB, about 1.4 MB as base64 inside a JSON body. */
export const COMMUNITY_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export interface StartCommunitySubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  services: SubgraphServices;
  /** Shared secret the gateway signs viewer headers with. */
  signingSecret: string;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
}

export function startCommunitySubgraph(options: StartCommunitySubgraphOptions): Promise<RunningSubgraph> {
  return startSubgraph({
    name: 'community',
    schema: buildCommunitySchema(),
    port: options.port,
    host: options.host,
    signingSecret: options.signingSecret,
    services: options.services,
    bodyLimitBytes: COMMUNITY_BODY_LIMIT_BYTES,
  });
}

/** How the launchers run this subgraph: its name, services-mode port, its outbox and its consumers. */
export const COMMUNITY_SUBGRAPH: SubgraphProcessOptions = {
  name: 'community',
  defaultPort: 4005,
  outboxDomains: ['community'],
  start: startCommunitySubgraph,
  subscribe: registerCommunityEventHandlers,
};
