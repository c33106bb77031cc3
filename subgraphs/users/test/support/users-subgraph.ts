// Starts the users subgraph in-process on a free port with test services, and calls it the way the
// gateway does: a signed viewer header bound to a fresh request id.
import { randomUUID } from 'node:crypto';
import type { SubgraphServices } from '../../../kit/src/context';
import type { PrismaClient } from '../../../kit/src/db';
import type { RunningSubgraph } from '../../../kit/src/server';
import { REQUEST_ID_HEADER } from '../../../kit/src/request-id';
import { signViewer, VIEWER_HEADER } from '../../../kit/src/viewer-signature';
import type { Role, Viewer } from '../../../kit/src/viewer';
import { startUsersSubgraph } from '../../src/app';
import { TEST_SECRETS, createTestServices } from '../../../kit/src/testing/test-services';

export const TEST_SIGNING_SECRET = TEST_SECRETS.GATEWAY_SIGNING_SECRET;
export const TEST_JWT_SECRET = TEST_SECRETS.JWT_SECRET;

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }>;
}

export interface TestUsersSubgraph {
  prisma: PrismaClient;
  services: SubgraphServices;
  running: RunningSubgraph;
  /** Sends an operation as `viewer` (anonymous from 127.0.0.1 by default). */
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

export async function startTestUsersSubgraph(
  options: { devMode?: boolean; onQuery?: (sql: string) => void } = {},
): Promise<TestUsersSubgraph> {
  const handle = createTestServices({
    poolMax: 5,
    onQuery: options.onQuery,
    env: options.devMode === false ? { NODE_ENV: 'production' } : {},
  });
  const { services } = handle;
  const { prisma } = services;
  const running = await startUsersSubgraph({ port: 0, services, signingSecret: TEST_SIGNING_SECRET });
  return {
    prisma,
    services,
    running,
    async call<T>(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = { kind: 'anonymous', ip: '127.0.0.1' }) {
      const requestId = randomUUID();
      const response = await fetch(running.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [VIEWER_HEADER]: signViewer(TEST_SIGNING_SECRET, viewer, requestId),
          [REQUEST_ID_HEADER]: requestId,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResult<T>;
    },
    async stop() {
      await running.stop();
      await handle.close();
    },
  };
}

export function userViewer(user: { id: string; roles: Role[] }, ip = '127.0.0.1'): Viewer {
  return { kind: 'user', id: user.id, roles: user.roles, ip };
}
