// What every resolver receives. Built once per request (HTTP) or per operation (WebSocket).
import type { Logger } from './logger';
import type { PrismaClient } from './db';
import type { Viewer } from './viewer';
import type { PubSub } from './pubsub';
import type { Mailer } from './mail';
import type { Storage } from './storage';
import type { CounterStore } from './counters';
import { domainOutbox, type DomainOutbox } from './events/domain-outbox';

/** Process-wide services a subgraph is started with; shared by every request. */
export interface SubgraphServices {
  prisma: PrismaClient;
  pubsub: PubSub;
  mailer: Mailer;
  storage: Storage;
  /** Rate limits, quotas and usage tallies every instance shares (Redis when REDIS_URL is set). */
  counters: CounterStore;
  /** Secret for signed file URLs (served by the gateway). */
  fileSigningSecret: string;
  /** Secret access JWTs are signed with (users issues them, the gateway verifies them). */
  jwtSecret: string;
  /** True in embedded/dev mode: dev-only fields (devMailbox) answer. */
  devMode: boolean;
  /** The process environment the platform was configured from, for a domain's own settings. */
  env: Readonly<Record<string, string | undefined>>;
}

export interface SubgraphContext extends SubgraphServices {
  requestId: string;
  /** This subgraph's outbox: `ctx.events.emit(tx, 'CourseCompleted', payload)` inside a transaction. */
  events: DomainOutbox;
  viewer: Viewer;
  logger: Logger;
  /** Per-request memo of DataLoaders keyed by name, so one request never shares a cache with another. */
  loader<T>(name: string, create: () => T): T;
}

export function buildContext(
  services: SubgraphServices,
  request: { requestId: string; viewer: Viewer; logger: Logger; /** Domain (Postgres schema) of the outbox. */ domain: string },
): SubgraphContext {
  const loaders = new Map<string, unknown>();
  const { domain, ...rest } = request;
  return {
    ...services,
    ...rest,
    events: domainOutbox(domain),
    loader<T>(name: string, create: () => T): T {
      if (!loaders.has(name)) loaders.set(name, create());
      return loaders.get(name) as T;
    },
  };
}
