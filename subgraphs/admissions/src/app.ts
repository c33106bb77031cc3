// Builds and serves the admissions subgraph; the caller decides the port and supplies the services.
import type { SubgraphServices } from '../../kit/src/context';
import { startSubgraph, type RunningSubgraph } from '../../kit/src/server';
import type { SubgraphProcessOptions } from '../../kit/src/run-subgraph';
import { buildAdmissionsSchema } from './schema';
import { registerAdmissionsEventHandlers } from './event-handlers';

/** Documents arrive base64-encoded in GraphQL bodies; the gateway accepts 4 MB, and so does this subgraph. */
export const ADMISSIONS_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface StartAdmissionsSubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  services: SubgraphServices;
  /** Shared secret the gateway signs viewer headers with. */
  signingSecret: string;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
}

export function startAdmissionsSubgraph(options: StartAdmissionsSubgraphOptions): Promise<RunningSubgraph> {
  return startSubgraph({
    name: 'admissions',
    schema: buildAdmissionsSchema(),
    port: options.port,
    host: options.host,
    signingSecret: options.signingSecret,
    services: options.services,
    bodyLimitBytes: ADMISSIONS_BODY_LIMIT_BYTES,
  });
}

/** How the launchers run this subgraph: its name, services-mode port, its outbox and its consumers. */
export const ADMISSIONS_SUBGRAPH: SubgraphProcessOptions = {
  name: 'admissions',
  defaultPort: 4007,
  outboxDomains: ['admissions'],
  start: startAdmissionsSubgraph,
  subscribe: registerAdmissionsEventHandlers,
};
