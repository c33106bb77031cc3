// jest globalSetup: makes sure the test database exists and carries every migration before any test
// file runs, and hands its URL to the tests. It runs once in jest's parent process, before the
// workers are started; the workers (and the in-band test environment) copy process.env when they
// are created, so setting DATABASE_URL here reaches every test.
import { migrateDatabase } from '../subgraphs/kit/src/migrate';
import { testDatabaseUrl } from '../subgraphs/kit/src/testing/test-database-url';

export default async function globalSetup(): Promise<void> {
  const url = testDatabaseUrl();
  try {
    await migrateDatabase(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Tests need PostgreSQL with a migratable database at ${redact(url)} ` +
        `(start PostgreSQL on 127.0.0.1:5432 or set DATABASE_URL).\n${reason}`,
    );
  }
  process.env.DATABASE_URL = url;
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
