// Starts the platform in-process for tests against the PostgreSQL (and optionally Redis) on this
// machine, on free ports, with fixed test secrets.
import { testPlatformConfig } from '../../subgraphs/kit/src/testing/test-services';
import { startPlatform, type RunningPlatform } from './start-platform';
import { postGraphQL, type GraphQLResponse, type RequestOptions } from './graphql-client';

export { TEST_SECRETS } from '../../subgraphs/kit/src/testing/test-services';

export interface TestPlatform extends RunningPlatform {
  graphql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<TData>>;
}

export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const config = testPlatformConfig({ GATEWAY_PORT: '0', TRUST_PROXY: 'true', ...env });
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
