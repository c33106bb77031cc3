// Builds and serves the users subgraph; the caller decides the port and supplies the services.
import type { SubgraphServices } from '../../kit/src/context';
import { startSubgraph, type RunningSubgraph } from '../../kit/src/server';
import type { SubgraphProcessOptions } from '../../kit/src/run-subgraph';
import { registerUsersEventHandlers } from './event-handlers';
import { buildUsersSchema } from './schema';

/** Avatars are up to 2 MB, which is about 2.7 MB as base64 inside a JSON body. */
export const USERS_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface StartUsersSubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  services: SubgraphServices;
  /** Shared secret the gateway signs viewer headers with. */
  signingSecret: string;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
}

export function startUsersSubgraph(options: StartUsersSubgraphOptions): Promise<RunningSubgraph> {
  return startSubgraph({
    name: 'users',
    schema: buildUsersSchema(),
    port: options.port,
    host: options.host,
    signingSecret: options.signingSecret,
    services: options.services,
    bodyLimitBytes: USERS_BODY_LIMIT_BYTES,
  });
}

/** How the launchers run this subgraph: its name, services-mode port and the outbox it relays. */
export const USERS_SUBGRAPH: SubgraphProcessOptions = {
  name: 'users',
  defaultPort: 4001,
  outboxDomains: ['users'],
  start: startUsersSubgraph,
  subscribe: registerUsersEventHandlers,
};
