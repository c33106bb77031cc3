// The embedded PGlite server: migrations apply over its socket, Prisma queries and interactive
// transactions work, and the data survives a restart on the same data directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { EMBEDDED_POOL_MAX, startEmbeddedPostgres, type EmbeddedPostgres } from '../src/embedded-postgres';
import { PrismaClient } from '../src/generated/prisma/client';
import { migrateDatabase } from '../src/migrate';

describe('startEmbeddedPostgres', () => {
  let scratch: string;
  let server: EmbeddedPostgres | undefined;
  let prisma: PrismaClient | undefined;

  const connect = (connectionString: string) =>
    new PrismaClient({ adapter: new PrismaPg({ connectionString, max: EMBEDDED_POOL_MAX }) });

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'scrollforge-pglite-'));
  });

  afterEach(async () => {
    await prisma?.$disconnect();
    prisma = undefined;
    await server?.stop();
    server = undefined;
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  const dataDir = () => join(scratch, 'pglite');
  const email = 'embedded@example.test';

  it('serves a migrated database to Prisma, including interactive transactions', async () => {
    server = await startEmbeddedPostgres({ dataDir: dataDir() });
    expect(server.connectionString).toMatch(/^postgresql:\/\/.*@127\.0\.0\.1:\d+\/postgres/);

    // While the app's client is connected, the migration runs in a child process against the same
    // in-process server.
    prisma = connect(server.connectionString);
    await prisma.$queryRaw`SELECT 1`;
    await migrateDatabase(server.connectionString);
    await migrateDatabase(server.connectionString);

    const user = await prisma.user.create({ data: { email, passwordHash: 'x', displayName: 'Before' } });

    const seen = await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { displayName: 'Inside' } });
      return (await tx.user.findUniqueOrThrow({ where: { id: user.id } })).displayName;
    });
    expect(seen).toBe('Inside');

    await expect(
      prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { displayName: 'Rolled back' } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe('Inside');
  });

  it('keeps the data in dataDir across a restart', async () => {
    server = await startEmbeddedPostgres({ dataDir: dataDir() });
    prisma = connect(server.connectionString);
    const user = await prisma.user.findUnique({ where: { email } });
    expect(user?.displayName).toBe('Inside');
    const migrations = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM _prisma_migrations`;
    expect(Number(migrations[0]?.count)).toBeGreaterThan(0);
  });
});
