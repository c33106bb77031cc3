// The Prisma client every subgraph uses, over node-postgres through the driver adapter.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export { PrismaClient };
export { Prisma } from './generated/prisma/client';
export type * from './generated/prisma/client';

/** A Prisma client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type Db = PrismaClient | Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Options for one-off bulk transactions (demo seeding): Prisma's defaults (2 s to get a connection, 5 s
 * to finish) suit requests, but on a loaded machine a seed outlives them, and a timed-out transaction
 * leaves its later statements failing on rows it had written.
 */
export const BULK_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 120_000 } as const;

export interface DatabaseOptions {
  /** postgresql:// URL of the server (embedded PGlite or PostgreSQL). */
  url: string;
  /** Largest number of pooled connections. @default 10 */
  poolMax?: number;
  /** Called with every SQL statement the client sends; used by tests that count statements. */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(options: DatabaseOptions): PrismaClient {
  const adapter = new PrismaPg({ connectionString: options.url, max: options.poolMax ?? 10 });
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    // The event exists only when query logging is on; the cast names the one event we subscribe to.
    (client as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (event) =>
      onQuery(event.query),
    );
  }
  return client;
}
