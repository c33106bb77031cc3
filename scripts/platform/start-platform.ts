// Starts the whole platform in one process: database (embedded or given), migrations, seed, shared
// services, event bus, every subgraph and the gateway. `npm start` and the boot tests use it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createEventBus,
  createSubgraphServices,
  serviceLogger,
  type PlatformConfig,
  type RunningSubgraph,
  type ServicesHandle,
} from '../../subgraphs/kit/src';
import { migrateDatabase } from '../../subgraphs/kit/src/migrate';
import { EMBEDDED_POOL_MAX, startEmbeddedPostgres } from '../../subgraphs/kit/src/embedded-postgres';
import { startGateway } from '../../gateway/src/app';
import { PUBLIC_SUPERGRAPH_FILE, readPublicSupergraph } from '../../gateway/src/public/public-supergraph-file';
import { seedDemoData } from '../seed/seed-demo-data';
import { SUBGRAPHS } from './subgraph-registry';

const ROOT = path.resolve(__dirname, '../..');
const log = serviceLogger('platform');

export interface StartPlatformOptions {
  config: PlatformConfig;
  /** Port for each subgraph; 0 (the default) picks free ones, since only the gateway talks to them. */
  subgraphPort?: (name: string) => number;
  /** Seed demo data when the database has none. @default true */
  seed?: boolean;
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Reports progress of the slower steps (first boot migrates and seeds). */
  onProgress?: (step: string) => void;
}

export interface RunningPlatform {
  url: string;
  databaseUrl: string;
  embeddedDatabase: boolean;
  subgraphs: RunningSubgraph[];
  handle: ServicesHandle;
  stop(): Promise<void>;
}

export async function startPlatform(options: StartPlatformOptions): Promise<RunningPlatform> {
  const { config } = options;
  const progress = options.onProgress ?? ((step: string) => log.info(step));
  const cleanups: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log.error({ error }, 'shutdown step failed');
      }
    }
  };

  try {
    let databaseUrl = config.databaseUrl;
    const embeddedDatabase = databaseUrl === undefined;
    if (databaseUrl === undefined) {
      progress(`starting the embedded database in ${path.join(config.dataDir, 'pglite')}`);
      const embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pglite') });
      cleanups.push(() => embedded.stop());
      databaseUrl = embedded.connectionString;
    }
    progress('applying database migrations');
    await migrateDatabase(databaseUrl);

    const handle = createSubgraphServices(config, {
      databaseUrl,
      poolMax: embeddedDatabase ? EMBEDDED_POOL_MAX : undefined,
      onQuery: options.onQuery,
    });
    cleanups.push(() => handle.close());

    if (options.seed ?? true) {
      const seeded = await seedDemoData(handle.services.prisma);
      if (seeded) progress('seeded demo data');
    }

    const bus = createEventBus({
      prisma: handle.services.prisma,
      domains: SUBGRAPHS.flatMap((entry) => entry.outboxDomains),
      redisUrl: config.redisUrl,
      logger: serviceLogger('events'),
    });
    for (const entry of SUBGRAPHS) entry.subscribe?.(bus, handle.services);
    await bus.start();
    cleanups.push(() => bus.stop());

    const subgraphs: RunningSubgraph[] = [];
    for (const entry of SUBGRAPHS) {
      const running = await entry.start({
        port: options.subgraphPort?.(entry.name) ?? 0,
        services: handle.services,
        signingSecret: config.secrets.gatewaySigning,
      });
      subgraphs.push(running);
      cleanups.push(() => running.stop());
    }

    const gateway = await startGateway({
      host: config.gatewayHost,
      port: config.gatewayPort,
      supergraphSdl: readFileSync(path.join(ROOT, 'gateway/supergraph.graphql'), 'utf8'),
      publicSupergraphSdl: readPublicSupergraph(path.join(ROOT, PUBLIC_SUPERGRAPH_FILE)),
      subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
      signingSecret: config.secrets.gatewaySigning,
      jwtSecret: config.secrets.jwt,
      fileSigningSecret: config.secrets.fileSigning,
      storage: handle.services.storage,
      corsOrigins: config.corsOrigins,
      production: config.production,
      trustProxy: config.trustProxy,
      // Gateway instances share automatic persisted queries through it.
      redisUrl: config.redisUrl,
      // The built web app; STATIC_DIR (as for the gateway process) points at another build.
      staticDir: path.resolve(ROOT, config.env.STATIC_DIR ?? 'web/dist'),
    });
    cleanups.push(() => gateway.stop());

    return {
      url: gateway.url,
      databaseUrl,
      embeddedDatabase,
      subgraphs,
      handle,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

