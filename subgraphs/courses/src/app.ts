// Builds and serves the courses subgraph; the caller decides the port and supplies the services.
import type { SubgraphServices } from '../../kit/src/context';
import { startSubgraph, type RunningSubgraph } from '../../kit/src/server';
import type { SubgraphProcessOptions } from '../../kit/src/run-subgraph';
import { buildCoursesSchema } from './schema';
import { registerCoursesEventHandlers } from './event-handlers';

/** Transcripts and WebVTT captions can be long; a lecture with several caption tracks fits in 2 MB. */
export const COURSES_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export interface StartCoursesSubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  services: SubgraphServices;
  /** Shared secret the gateway signs viewer headers with. */
  signingSecret: string;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
}

export function startCoursesSubgraph(options: StartCoursesSubgraphOptions): Promise<RunningSubgraph> {
  return startSubgraph({
    name: 'courses',
    schema: buildCoursesSchema(),
    port: options.port,
    host: options.host,
    signingSecret: options.signingSecret,
    services: options.services,
    bodyLimitBytes: COURSES_BODY_LIMIT_BYTES,
  });
}

/** How the launchers run this subgraph: its name, services-mode port, its outbox and its consumers. */
export const COURSES_SUBGRAPH: SubgraphProcessOptions = {
  name: 'courses',
  defaultPort: 4002,
  outboxDomains: ['courses'],
  start: startCoursesSubgraph,
  subscribe: registerCoursesEventHandlers,
};
