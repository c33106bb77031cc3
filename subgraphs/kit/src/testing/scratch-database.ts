// A throwaway PostgreSQL database per test file, built from prisma/migrations, so kit tests neither
// depend on nor disturb any shared database. Tests fail (never skip) when PostgreSQL is down.
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { createPrismaClient, type PrismaClient } from '../db';

const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const migrationsDir = join(__dirname, '..', '..', '..', '..', 'prisma', 'migrations');

export interface ScratchDatabase {
  url: string;
  prisma: PrismaClient;
  /** Runs SQL as-is (setup and assertions that need no Prisma model). */
  sql(text: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

function urlFor(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${url} (${String(error)}). Start PostgreSQL or set TEST_POSTGRES_URL.`);
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface ScratchDatabaseOptions {
  /** Leave the database empty, for code that migrates it itself (e.g. the platform launcher). @default false */
  empty?: boolean;
}

export async function createScratchDatabase(label: string, options: ScratchDatabaseOptions = {}): Promise<ScratchDatabase> {
  const name = `kit_${label}_${randomBytes(5).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = urlFor(name);
  if (!options.empty) await applyMigrationSql(url);
  const prisma = createPrismaClient({ url, poolMax: 5 });
  return {
    url,
    prisma,
    sql: (text, values = []) => withClient(url, async (client) => (await client.query(text, values)).rows as Record<string, unknown>[]),
    async drop() {
      await prisma.$disconnect();
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Runs each migration's SQL directly: faster than the schema engine, and enough for kit tests. */
async function applyMigrationSql(url: string): Promise<void> {
  const migrations = (await readdir(migrationsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (migrations.length === 0) throw new Error(`No migrations in ${migrationsDir}; run \`npm run db:migrate:create\`.`);
  await withClient(url, async (client) => {
    for (const migration of migrations) await client.query(await readFile(join(migrationsDir, migration, 'migration.sql'), 'utf8'));
  });
}

/**
 * A fresh domain schema with the same outbox and processed-event tables as the users domain, so each
 * test relays its own outbox. The users tables are the template every domain's migration follows.
 */
export async function createTestDomain(database: ScratchDatabase, label: string): Promise<string> {
  const letters = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
  const domain = `test_${label}_${letters}`;
  await database.sql(`CREATE SCHEMA "${domain}"`);
  await database.sql(`CREATE TABLE "${domain}".outbox_event (LIKE users.outbox_event INCLUDING ALL)`);
  await database.sql(`CREATE TABLE "${domain}".processed_event (LIKE users.processed_event INCLUDING ALL)`);
  return domain;
}
