// PostgreSQL without a server install: PGlite (Postgres compiled to WebAssembly) persisted on disk and
// served over the Postgres wire protocol, so Prisma, node-postgres and the migration scripts connect
// to it with an ordinary postgresql:// URL.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Pool size every client of the embedded server must use (`createPrismaClient({ poolMax })`,
 * `new pg.Pool({ max })`). Several Prisma clients in one process should share one client.
 *
 * PGlite is a single Postgres backend: one session, one transaction at a time. `PGLiteSocketServer`
 * (0.1.x) accepts ONE TCP connection unless `maxConnections` is raised, and above that it only
 * multiplexes: it queues each protocol *message* of every connection and runs them one by one
 * against the same backend. Inside an explicit transaction it runs only the owning connection's
 * messages, but outside one the messages of an extended-protocol round trip (Parse/Bind/Execute/
 * Sync) from two connections interleave and share the backend's unnamed statement and portal.
 * Measured with node-postgres: 400 concurrent parameterised queries over a pool of 4 gave 39 wrong
 * rows and 78 failures; with a pool of 1 all were correct. So at most one connection may be *busy*
 * at any moment; more connections may be open as long as only one is in use.
 */
export const EMBEDDED_POOL_MAX = 1;

/**
 * Connections the server accepts at once. More than one so that a separate process (the migration
 * child process, a seed script, psql) can connect while the service's own pooled connection sits
 * idle; see {@link EMBEDDED_POOL_MAX} for why they must not run queries at the same time.
 */
export const EMBEDDED_MAX_CONNECTIONS = 8;

export interface EmbeddedPostgresOptions {
  /** Directory holding the database files (created if missing), e.g. `.data/pglite`. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 (the default) lets the OS choose a free one. */
  port?: number;
  /** Simultaneous client connections accepted. @default EMBEDDED_MAX_CONNECTIONS */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL of the server; the database is `postgres`, SSL is not supported. */
  connectionString: string;
  /** Closes client connections, stops listening and flushes the database to disk. */
  stop(): Promise<void>;
}

/**
 * Opens (or initialises) the PGlite database in `dataDir` and serves it on 127.0.0.1. Only one
 * process may open a given `dataDir` at a time.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? EMBEDDED_MAX_CONNECTIONS,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  // With port 0 the server records the port the OS assigned; getServerConn() reports "host:port".
  const port = Number(server.getServerConn().split(':').pop());
  if (!Number.isInteger(port) || port <= 0) {
    await server.stop();
    await db.close();
    throw new Error(`Embedded Postgres reported an unusable address: ${server.getServerConn()}`);
  }

  let stopped: Promise<void> | undefined;
  return {
    // sslmode=disable: the socket server does not speak TLS.
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop() {
      stopped ??= (async () => {
        await server.stop();
        await db.close();
      })();
      return stopped;
    },
  };
}
