// Builds the process-wide services from the platform config, and closes them in order.
import { createPrismaClient } from './db';
import type { SubgraphServices } from './context';
import type { PlatformConfig } from './platform-config';
import { createPubSub } from './pubsub';
import { createCounterStore } from './counters';
import { createMailer } from './mail';
import { createLocalDiskStorage } from './storage';
import { serviceLogger } from './logger';

export interface ServicesHandle {
  services: SubgraphServices;
  close(): Promise<void>;
}

export interface CreateServicesOptions {
  /** The database to use (the embedded server's URL or DATABASE_URL). */
  databaseUrl: string;
  /** Pool size; the embedded server accepts few connections. @default 10 */
  poolMax?: number;
  /** Counts SQL statements (tests). */
  onQuery?: (sql: string) => void;
}

export function createSubgraphServices(config: PlatformConfig, options: CreateServicesOptions): ServicesHandle {
  const prisma = createPrismaClient({ url: options.databaseUrl, poolMax: options.poolMax, onQuery: options.onQuery });
  const pubsub = createPubSub({ redisUrl: config.redisUrl });
  const countersLogger = serviceLogger('counters');
  // ioredis reconnects by itself; the log says why limits and usage are failing meanwhile.
  const counters = createCounterStore({ redisUrl: config.redisUrl, onError: (error) => countersLogger.warn({ error }, 'counter store connection error') });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, prisma, logger: serviceLogger('mail') });
  const storage = createLocalDiskStorage(config.storageDir);
  return {
    services: {
      prisma,
      pubsub,
      mailer,
      storage,
      counters,
      fileSigningSecret: config.secrets.fileSigning,
      jwtSecret: config.secrets.jwt,
      devMode: !config.production,
      env: config.env,
    },
    async close() {
      await pubsub.close();
      await counters.close();
      await prisma.$disconnect();
    },
  };
}
