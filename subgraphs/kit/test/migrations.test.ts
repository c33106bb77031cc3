// The committed migrations: they build a working database, re-running them changes nothing, and they
// match prisma/schema (a schema change without its migration fails the drift check).
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { migrateDatabase, schemaDriftSql } from '../src/migrate';
import { TEST_SERVER_URL } from '../src/testing/test-database-url';

const repoRoot = resolve(__dirname, '..', '..', '..');

function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>, url = TEST_SERVER_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function committedMigrationNames(): Promise<string[]> {
  const entries = await readdir(join(repoRoot, 'prisma', 'migrations'), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe('migrateDatabase', () => {
  const name = `scrollforge_migrate_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(name);

  afterAll(async () => {
    await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  interface MigrationRow {
    migration_name: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
  }

  const appliedRows = () =>
    onServer(
      async (client) =>
        (
          await client.query<MigrationRow>(
            'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
          )
        ).rows,
      url,
    );

  it('creates the database, applies every migration and records it in _prisma_migrations', async () => {
    await migrateDatabase(url);

    const tables = await onServer(
      async (client) =>
        (
          await client.query<{ table_schema: string; table_name: string }>(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('users', 'platform')",
          )
        ).rows.map((row) => `${row.table_schema}.${row.table_name}`),
      url,
    );
    expect(tables).toEqual(expect.arrayContaining(['users.user', 'platform.dev_mail']));

    const rows = await appliedRows();
    expect(rows.map((row) => row.migration_name)).toEqual(await committedMigrationNames());
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it('is a no-op the second time', async () => {
    const before = await appliedRows();
    await migrateDatabase(url);
    expect(await appliedRows()).toEqual(before);
  });

  it('rejects with the script error when the server is unreachable', async () => {
    await expect(migrateDatabase('postgresql://postgres@127.0.0.1:1/nowhere')).rejects.toThrow(/db:migrate failed/);
  });
});

describe('schemaDriftSql', () => {
  let scratch: string | undefined;

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('is empty: prisma/migrations matches prisma/schema (run `npm run db:migrate:create -- <name>`)', async () => {
    expect(await schemaDriftSql()).toBe('');
  });

  it('reports the SQL a schema change needs', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'scrollforge-schema-'));
    const schemaDir = join(scratch, 'schema');
    await cp(join(repoRoot, 'prisma', 'schema'), schemaDir, { recursive: true });
    await writeFile(
      join(schemaDir, 'drift.prisma'),
      'model DriftProbe {\n  id Int @id\n\n  @@map("drift_probe")\n  @@schema("platform")\n}\n',
    );

    const sql = await schemaDriftSql(undefined, { schemaDir });
    expect(sql).toContain('CREATE TABLE "platform"."drift_probe"');
  });
});
