// Starts the probe subgraph and a gateway in front of it, both on free ports, composed with our own
// composer, against the PostgreSQL the test suite uses.
import { printSubgraphSchema } from '@apollo/subgraph';
import type { SubgraphServices } from '@scrollforge/kit/src/context';
import { startSubgraph, type RunningSubgraph } from '@scrollforge/kit/src/server';
import { TEST_SECRETS, createTestServices } from '@scrollforge/kit/src/testing/test-services';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/app';
import { composeSupergraph } from '../../src/compose/compose';
import { buildProbeSchema, type ProbeCalls } from './probe-subgraph';

export const SIGNING_SECRET = TEST_SECRETS.GATEWAY_SIGNING_SECRET;
export const JWT_SECRET = TEST_SECRETS.JWT_SECRET;
export const FILE_SIGNING_SECRET = TEST_SECRETS.FILE_SIGNING_SECRET;

export interface TestGraph {
  gateway: RunningGateway;
  subgraph: RunningSubgraph;
  services: SubgraphServices;
  calls: ProbeCalls;
  /** Gateway origin, e.g. http://127.0.0.1:54321 */
  origin: string;
  stop(): Promise<void>;
}

export async function startTestGraph(options: Partial<Omit<GatewayOptions, 'supergraphSdl'>> = {}): Promise<TestGraph> {
  const calls: ProbeCalls = { count: 0 };
  const schema = buildProbeSchema(calls);
  const handle = createTestServices({ poolMax: 2 });
  const services = handle.services;
  const subgraph = await startSubgraph({ name: 'probe', schema, port: 0, signingSecret: SIGNING_SECRET, services });
  const composed = composeSupergraph([{ name: 'probe', url: subgraph.url, sdl: printSubgraphSchema(schema) }]);
  if (!composed.ok) throw new Error(`probe subgraph does not compose: ${JSON.stringify(composed.problems)}`);
  const gateway = await startGateway({
    port: 0,
    supergraphSdl: composed.supergraphSdl,
    signingSecret: SIGNING_SECRET,
    jwtSecret: JWT_SECRET,
    fileSigningSecret: FILE_SIGNING_SECRET,
    storage: services.storage,
    ...options,
  });
  return {
    gateway,
    subgraph,
    services,
    calls,
    origin: `http://127.0.0.1:${gateway.port}`,
    async stop() {
      await gateway.stop();
      await subgraph.stop();
      await handle.close();
    },
  };
}
