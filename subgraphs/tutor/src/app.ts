// Builds and serves the tutor subgraph; the caller decides the port and supplies the services.
import type { SubgraphServices } from '../../kit/src/context';
import { startSubgraph, type RunningSubgraph } from '../../kit/src/server';
import type { SubgraphProcessOptions } from '../../kit/src/run-subgraph';
import { buildTutorSchema } from './schema';
import { registerTutorEventHandlers } from './event-handlers';
import { startTutorRuntime } from './runtime';

/** Questions and essays are text; 256 KB is generous. */
export const TUTOR_BODY_LIMIT_BYTES = 256 * 1024;

export interface StartTutorSubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  services: SubgraphServices;
  /** Shared secret the gateway signs viewer headers with. */
  signingSecret: string;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
}

export async function startTutorSubgraph(options: StartTutorSubgraphOptions): Promise<RunningSubgraph> {
  const runtime = startTutorRuntime(options.services);
  const running = await startSubgraph({
    name: 'tutor',
    schema: buildTutorSchema(),
    port: options.port,
    host: options.host,
    signingSecret: options.signingSecret,
    services: options.services,
    bodyLimitBytes: TUTOR_BODY_LIMIT_BYTES,
  });
  return {
    ...running,
    async stop() {
      // Answers still streaming are finished as cancelled with what was said, so none stays pending.
      await runtime.stop();
      await running.stop();
    },
  };
}

/** How the launchers run this subgraph: its name, services-mode port, its outbox and its consumers. */
export const TUTOR_SUBGRAPH: SubgraphProcessOptions = {
  name: 'tutor',
  defaultPort: 4003,
  outboxDomains: ['tutor'],
  start: startTutorSubgraph,
  subscribe: registerTutorEventHandlers,
};
