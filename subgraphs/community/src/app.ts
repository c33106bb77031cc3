// Builds and serves the community subgraph; the caller decides the port and supplies the services.
import type { SubgraphServices } from '../../kit/src/context';
import { startSubgraph, type RunningSubgraph } from '../../kit/src/server';
import type { SubgraphProcessOptions } from '../../kit/src/run-subgraph';
import { buildCommunitySchema } from './schema';
import { registerCommunityEventHandlers } from './event-handlers';
import { startPresenceSweeper, type PresenceSweeperOptions } from './realtime/presence';

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
  /** How this instance sweeps timed-out presence sessions. @default every 15 s, 75 s timeout */
  presenceSweeper?: PresenceSweeperOptions;
}

export async function startCommunitySubgraph(options: StartCommunitySubgraphOptions): Promise<RunningSubgraph> {
  const running = await startSubgraph({
    name: 'community',
    schema: buildCommunitySchema(),
    port: options.port,
    host: options.host,
    signingSecret: options.signingSecret,
    services: options.services,
    bodyLimitBytes: COMMUNITY_BODY_LIMIT_BYTES,
  });
  // Every instance sweeps; the sweep is safe to run concurrently (see realtime/presence.ts).
  const sweeper = startPresenceSweeper(options.services.prisma, options.services.pubsub, options.presenceSweeper);
  return {
    ...running,
    async stop() {
      await sweeper.stop();
      await running.stop();
    },
  };
}

/** How the launchers run this subgraph: its name, services-mode port, its outbox and its consumers. */
export const COMMUNITY_SUBGRAPH: SubgraphProcessOptions = {
  name: 'community',
  defaultPort: 4005,
  outboxDomains: ['community'],
  start: startCommunitySubgraph,
  subscribe: registerCommunityEventHandlers,
};
