// Starts the platform in-process for tests against the PostgreSQL (and optionally Redis) on this
// machine, on free ports, with fixed test secrets.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPlatformConfig } from '../../subgraphs/kit/src';
import { testDatabaseUrl } from '../../subgraphs/kit/src/testing/test-database-url';
import { startPlatform, type RunningPlatform } from './start-platform';
import { postGraphQL, type GraphQLResponse, type RequestOptions } from './graphql-client';

export const TEST_SECRETS = {
  GATEWAY_SIGNING_SECRET: 'test-gateway-signing-secret-0123456789abcdef',
  JWT_SECRET: 'test-jwt-secret-0123456789abcdef0123456789',
  FILE_SIGNING_SECRET: 'test-file-signing-secret-0123456789abcdef',
};


export interface TestPlatform extends RunningPlatform {
  graphql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<TData>>;
}

export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scrollforge-test-'));
  const config = readPlatformConfig(
    { embedded: false },
    { ...TEST_SECRETS, DATABASE_URL: testDatabaseUrl(), DATA_DIR: dataDir, GATEWAY_PORT: '0', NODE_ENV: 'test', TRUST_PROXY: 'true', ...env },
  );
  const platform = await startPlatform({ config, seed: false, onProgress: () => {} });
  // Every test connects from 127.0.0.1 and failed logins are limited per IP, so each platform speaks
  // for its own client address (documentation range) unless a test names one.
  const clientIp = randomDocumentationIp();
  return {
    ...platform,
    graphql: (query, variables, options = {}) =>
      postGraphQL(platform.url, query, variables, { ...options, headers: { 'x-forwarded-for': clientIp, ...options.headers } }),
  };
}

/** A unique email per call, so tests sharing one database never collide. */
export function uniqueEmail(label = 'person'): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/** A random address in 2001:db8::/32, the IPv6 documentation prefix: unique per call, routes nowhere. */
export function randomDocumentationIp(): string {
  const group = () => Math.floor(Math.random() * 0x10000).toString(16);
  return `2001:db8:${group()}:${group()}::${group()}`;
}
