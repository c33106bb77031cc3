// Every subgraph the platform runs. A new domain adds one entry here and one in supergraph.yaml.
import type { RunningSubgraph, SubgraphServices } from '../../subgraphs/kit/src';
import { startUsersSubgraph } from '../../subgraphs/users/src/app';

export interface SubgraphEntry {
  name: string;
  /** Port in services mode (overridable by <NAME>_PORT). */
  defaultPort: number;
  /** Postgres schemas whose outbox this subgraph relays. */
  outboxDomains: string[];
  /** Process entry point for `npm run start:services`. */
  entry: string;
  start(options: { port: number; host?: string; services: SubgraphServices; signingSecret: string }): Promise<RunningSubgraph>;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  {
    name: 'users',
    defaultPort: 4001,
    outboxDomains: ['users'],
    entry: 'subgraphs/users/src/index.ts',
    start: startUsersSubgraph,
  },
];

export function portEnvName(name: string): string {
  return `${name.toUpperCase()}_PORT`;
}
