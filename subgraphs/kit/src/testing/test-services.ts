// Services for tests, built exactly as a process builds them (platform config → createSubgraphServices),
// against the test database, with fixed secrets and a throwaway data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPlatformConfig, type PlatformConfig } from '../platform-config';
import { createSubgraphServices, type ServicesHandle } from '../services';
import { testDatabaseUrl } from './test-database-url';

/** The secrets every in-process test platform shares, as environment variables. */
export const TEST_SECRETS = {
  GATEWAY_SIGNING_SECRET: 'test-gateway-signing-secret-0123456789abcdef',
  JWT_SECRET: 'test-jwt-secret-0123456789abcdef0123456789',
  FILE_SIGNING_SECRET: 'test-file-signing-secret-0123456789abcdef',
};

/** Services-mode config for tests: test database, test secrets, a fresh data folder; `env` overrides. */
export function testPlatformConfig(env: Record<string, string> = {}): PlatformConfig {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scrollforge-test-'));
  return readPlatformConfig(
    { embedded: false },
    // Every test platform runs its own local chain against the shared test database, so the chain
    // anchoring worker would mint other tests' anchors on the wrong chain: tests that exercise
    // anchoring turn it on (CHAIN_ANCHORING=on) in a database of their own.
    { ...TEST_SECRETS, DATABASE_URL: testDatabaseUrl(), DATA_DIR: dataDir, NODE_ENV: 'test', CHAIN_ANCHORING: 'off', ...env },
  );
}

export interface TestServices extends ServicesHandle {
  config: PlatformConfig;
}

export interface TestServicesOptions {
  /** Environment overrides, e.g. `{ NODE_ENV: 'production' }` to turn dev mode off. */
  env?: Record<string, string>;
  /** Pool size. @default 10 */
  poolMax?: number;
  /** Called with every SQL statement (tests that count statements). */
  onQuery?: (sql: string) => void;
}

/** Real services on the test database; close() also removes the data folder. */
export function createTestServices(options: TestServicesOptions = {}): TestServices {
  const config = testPlatformConfig(options.env);
  const handle = createSubgraphServices(config, {
    databaseUrl: config.databaseUrl ?? testDatabaseUrl(),
    poolMax: options.poolMax,
    onQuery: options.onQuery,
  });
  return {
    ...handle,
    config,
    async close() {
      await handle.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
