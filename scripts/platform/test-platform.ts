// Starts the platform in-process for tests against the PostgreSQL (and optionally Redis) on this
// machine, on free ports, with fixed test secrets.
import { testPlatformConfig } from '../../subgraphs/kit/src/testing/test-services';
import { uniqueIp } from '../../subgraphs/kit/src/testing/unique-identities';
import { startPlatform, type RunningPlatform } from './start-platform';
import { postGraphQL, type GraphQLResponse, type RequestOptions } from '../../subgraphs/kit/src/testing/graphql-client';

export { TEST_SECRETS } from '../../subgraphs/kit/src/testing/test-services';
export { uniqueEmail, uniqueIp } from '../../subgraphs/kit/src/testing/unique-identities';

export interface TestPlatform extends RunningPlatform {
  graphql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<TData>>;
}

export interface TestPlatformOptions {
  /** Called with every SQL statement any subgraph runs (N+1 tests count them). */
  onQuery?: (sql: string) => void;
}

export async function startTestPlatform(env: Record<string, string> = {}, options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const config = testPlatformConfig({ GATEWAY_PORT: '0', TRUST_PROXY: 'true', ...env });
  const platform = await startPlatform({ config, seed: false, onProgress: () => {}, onQuery: options.onQuery });
  // Every test connects from 127.0.0.1 and failed logins are limited per IP, so each platform speaks
  // for its own client address (documentation range) unless a test names one.
  const clientIp = uniqueIp();
  return {
    ...platform,
    graphql: (query, variables, options = {}) =>
      postGraphQL(platform.url, query, variables, { ...options, headers: { 'x-forwarded-for': clientIp, ...options.headers } }),
  };
}
