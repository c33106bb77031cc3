// Starts the probe subgraph and a gateway in front of it, both on free ports, composed with our own
// composer, against the PostgreSQL the test suite uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { SubgraphServices } from '@scrollforge/kit/src/context';
import { createPrismaClient } from '@scrollforge/kit/src/db';
import { serviceLogger } from '@scrollforge/kit/src/logger';
import { createMailer } from '@scrollforge/kit/src/mail';
import { createMemoryPubSub } from '@scrollforge/kit/src/pubsub';
import { startSubgraph, type RunningSubgraph } from '@scrollforge/kit/src/server';
import { createLocalDiskStorage } from '@scrollforge/kit/src/storage';
import { testDatabaseUrl } from '@scrollforge/kit/src/testing/test-database-url';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../src/app';
import { composeSupergraph } from '../../src/compose/compose';
import { buildProbeSchema, type ProbeCalls } from './probe-subgraph';

export const SIGNING_SECRET = 'gateway-test-signing-secret-0123456789abcdef';
export const JWT_SECRET = 'gateway-test-jwt-secret-0123456789abcdef0123';
export const FILE_SIGNING_SECRET = 'gateway-test-file-secret-0123456789abcdef01';

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
  const prisma = createPrismaClient({ url: testDatabaseUrl(), poolMax: 2 });
  const storageDir = mkdtempSync(join(tmpdir(), 'gateway-test-files-'));
  const services: SubgraphServices = {
    prisma,
    pubsub: createMemoryPubSub(),
    mailer: createMailer({ from: 'ScrollForge <test@scrollforge.test>', prisma, logger: serviceLogger('mail') }),
    storage: createLocalDiskStorage(storageDir),
    fileSigningSecret: FILE_SIGNING_SECRET,
    jwtSecret: JWT_SECRET,
    devMode: true,
  };
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
      await services.pubsub.close();
      await prisma.$disconnect();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
