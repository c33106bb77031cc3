// The test database (migrated by jest's globalSetup) through the kit's Prisma client.
import { createPrismaClient, type PrismaClient } from '../../../kit/src/db';
import { testDatabaseUrl } from '../../../kit/src/testing/test-database-url';

export function connectTestDatabase(options: { onQuery?: (sql: string) => void } = {}): PrismaClient {
  return createPrismaClient({ url: testDatabaseUrl(), poolMax: 5, onQuery: options.onQuery });
}
