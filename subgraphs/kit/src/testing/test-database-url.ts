// The PostgreSQL database the test suite uses. jest's globalSetup (scripts/test-global-setup.ts)
// creates and migrates it and exports DATABASE_URL to the test workers; tests that run without that
// setup (a single file run with a different config) still agree on the same URL through this helper.

export const TEST_DATABASE_NAME = 'scrollforge_test';

/** The server tests need running: 127.0.0.1:5432 with trust auth. */
export const TEST_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** DATABASE_URL when set, else `scrollforge_test` on the local server. */
export function testDatabaseUrl(): string {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return fromEnv;
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${TEST_DATABASE_NAME}`;
  return url.toString();
}
