// Subscriptions straight against a community subgraph over graphql-ws, with the viewer signed the way
// the gateway signs it, and a collector that lets tests wait for what arrived.
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { connectToGateway, type LiveOperation } from '../../../kit/src/testing/live-subscriptions';
import { REQUEST_ID_HEADER } from '../../../kit/src/request-id';
import { TEST_SECRETS } from '../../../kit/src/testing/test-services';
import { signViewer, VIEWER_HEADER } from '../../../kit/src/viewer-signature';
import type { Viewer } from '../../../kit/src/viewer';
import { waitFor } from '../../../kit/src/wait-for';
import type { Person } from '../../../../scripts/platform/test-people';
import type { RunningSubgraph } from '../../../kit/src/server';
import { startTestPlatform, type TestPlatform } from '../../../../scripts/platform/test-platform';

export { connectToGateway, receivedErrorCodes, subscribe, type LiveOperation, type Result } from '../../../kit/src/testing/live-subscriptions';

/** The ws:// address of a running subgraph's GraphQL endpoint. */
export function socketUrl(subgraph: Pick<RunningSubgraph, 'url'>): string {
  return subgraph.url.replace(/^http/, 'ws');
}

export function communitySubgraph(subgraphs: readonly RunningSubgraph[]): RunningSubgraph {
  const found = subgraphs.find((subgraph) => subgraph.name === 'community');
  if (!found) throw new Error('The platform runs no community subgraph');
  return found;
}

/** A graphql-ws client speaking for `person` (anonymous when null). */
export function connectAs(subgraph: Pick<RunningSubgraph, 'url'>, person: Pick<Person, 'id' | 'roles'> | null): Client {
  const viewer: Viewer = person ? { kind: 'user', id: person.id, roles: person.roles, ip: '127.0.0.1' } : { kind: 'anonymous', ip: '127.0.0.1' };
  return createClient({
    url: socketUrl(subgraph),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: () => {
      const requestId = randomUUID();
      return { [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewer, requestId), [REQUEST_ID_HEADER]: requestId };
    },
  });
}

/**
 * A subscription without catch-up only sees events published after it is live, which a client cannot
 * observe; publishing until the first delivery arrives is the observable equivalent. Use it only with
 * events that may be delivered more than once.
 */
export async function publishUntilDelivered(operation: Pick<LiveOperation<unknown>, 'results' | 'ended'>, publish: () => Promise<void>): Promise<void> {
  await waitFor(
    async () => {
      if (operation.ended) throw new Error('The subscription ended before any event arrived');
      if (operation.results.length > 0) return true;
      await publish();
      return false;
    },
    { intervalMs: 25, what: 'the first event' },
  );
}

export interface GatewayRig {
  /** The platform of this test file, started in beforeAll. */
  readonly platform: TestPlatform;
  /** A graphql-ws client to the gateway as `token`'s holder; disposed after the file's tests. */
  connect(token?: string): Client;
}

/** Starts a platform for the calling test file and disposes every client its tests opened. */
export function useGatewayRig(env: Record<string, string> = {}): GatewayRig {
  let platform: TestPlatform | undefined;
  const clients: Client[] = [];
  beforeAll(async () => {
    platform = await startTestPlatform(env);
  });
  afterAll(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await platform?.stop();
  });
  return {
    get platform() {
      if (platform === undefined) throw new Error('The platform starts in beforeAll; use it inside tests.');
      return platform;
    },
    connect(token) {
      const client = connectToGateway(this.platform.url, token);
      clients.push(client);
      return client;
    },
  };
}
