// Builds and serves the spiritual subgraph; the caller decides the port and supplies the services.
import type { SubgraphServices } from '../../kit/src/context';
import { startSubgraph, type RunningSubgraph } from '../../kit/src/server';
import type { SubgraphProcessOptions } from '../../kit/src/run-subgraph';
import { buildSpiritualSchema } from './schema';
import { registerSpiritualEventHandlers } from './event-handlers';

/** Prayer entries, notes and testimonies are text; 1 MB is generous. */
export const SPIRITUAL_BODY_LIMIT_BYTES = 1024 * 1024;

export interface StartSpiritualSubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  services: SubgraphServices;
  /** Shared secret the gateway signs viewer headers with. */
  signingSecret: string;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
}

export function startSpiritualSubgraph(options: StartSpiritualSubgraphOptions): Promise<RunningSubgraph> {
  return startSubgraph({
    name: 'spiritual',
    schema: buildSpiritualSchema(),
    port: options.port,
    host: options.host,
    signingSecret: options.signingSecret,
    services: options.services,
    bodyLimitBytes: SPIRITUAL_BODY_LIMIT_BYTES,
  });
}

/** How the launchers run this subgraph: its name, services-mode port, its outbox and its consumers. */
export const SPIRITUAL_SUBGRAPH: SubgraphProcessOptions = {
  name: 'spiritual',
  defaultPort: 4006,
  outboxDomains: ['spiritual'],
  start: startSpiritualSubgraph,
  subscribe: registerSpiritualEventHandlers,
};
