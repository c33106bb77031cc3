// Subscriptions through the gateway's bridge: events from the owning subgraph are completed with
// fields other subgraphs own, in order, with one batched entity fetch per event, and errors keep
// their codes.
import { randomUUID } from 'node:crypto';
import { issueAccessToken } from '@scrollforge/kit/src/access-token';
import { waitFor } from '@scrollforge/kit/src/wait-for';
import { codesOf, connectClient, subscribe, type Subscription, type TestClient } from './support/subscription-client';
import { startSubscriptionGraph, type SubscriptionGraph } from './support/subscription-graph';
import { JWT_SECRET } from './support/test-graph';

let graph: SubscriptionGraph;
const clients: TestClient[] = [];

beforeAll(async () => {
  graph = await startSubscriptionGraph();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
afterAll(async () => {
  await graph?.stop();
});

function client(connectionParams: Record<string, unknown> = {}): TestClient {
  const created = connectClient(graph.wsUrl, connectionParams);
  clients.push(created);
  return created;
}

/** Publishes until the subscription is live upstream (events before that are not seen by anyone). */
async function whenLive(stream: string, received: () => number): Promise<void> {
  await waitFor(
    async () => {
      if (received() > 0) return true;
      await graph.publish(stream, { n: 0 });
      return false;
    },
    { intervalMs: 25, what: `the subscription to ${stream} to be live` },
  );
}

interface Tick {
  tick: { n: number; author?: { displayName: string } | null; authors?: { id: string; displayName: string }[]; failing?: string | null; viewerId?: string | null };
}

/** Waits for `count` events other than the warm-up ones `whenLive` publishes (n = 0). */
async function waitForPublished(subscription: Subscription<Tick>, count: number) {
  return waitFor(
    () => {
      const events = subscription.events.filter((event) => event.data?.tick.n !== 0);
      return events.length >= count && events;
    },
    { what: `${count} published events` },
  );
}

test('events owned by one subgraph arrive with fields of another subgraph, in order, one entity fetch each', async () => {
  const stream = randomUUID();
  const subscription = subscribe<Tick>(client().client, 'subscription ($stream: String!) { tick(stream: $stream) { n author { displayName } } }', { stream });
  await whenLive(stream, () => subscription.events.length);
  const fetchesBefore = await graph.peopleOperations();

  for (let n = 1; n <= 20; n += 1) await graph.publish(stream, { n, authorId: `author-${n}` });

  const events = await waitForPublished(subscription, 20);
  expect(events.map((event) => event.data?.tick.n)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  expect(events.map((event) => event.data?.tick.author?.displayName)).toEqual(Array.from({ length: 20 }, (_, index) => `Author author-${index + 1}`));
  expect(events.every((event) => event.errors === undefined)).toBe(true);
  expect((await graph.peopleOperations()) - fetchesBefore).toBe(20);
});

test('a list of entities in one event is hydrated with a single batched fetch', async () => {
  const stream = randomUUID();
  const subscription = subscribe<Tick>(client().client, 'subscription ($stream: String!) { tick(stream: $stream) { n authors { id displayName } } }', { stream });
  await whenLive(stream, () => subscription.events.length);
  const fetchesBefore = await graph.peopleOperations();
  const lookupsBefore = graph.peopleControls.lookups;

  await graph.publish(stream, { n: 1, authorIds: ['a', 'b', 'c', 'd', 'e'] });

  const [event] = await waitForPublished(subscription, 1);
  expect(event?.data?.tick.authors).toEqual(['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, displayName: `Author ${id}` })));
  expect((await graph.peopleOperations()) - fetchesBefore).toBe(1);
  expect(graph.peopleControls.lookups - lookupsBefore).toBe(5);
});

test('an event the owning subgraph could not fully resolve carries its error and the subscription goes on', async () => {
  const stream = randomUUID();
  const subscription = subscribe<Tick>(client().client, 'subscription ($stream: String!) { tick(stream: $stream) { n failing } }', { stream });
  await whenLive(stream, () => subscription.events.length);

  await graph.publish(stream, { n: 1, fail: true });
  await graph.publish(stream, { n: 2 });

  const [failed, fine] = await waitForPublished(subscription, 2);
  expect(failed?.data?.tick).toEqual({ n: 1, failing: null });
  expect(codesOf(failed?.errors)).toEqual(['NOT_FOUND']);
  expect(failed?.errors?.[0]?.path).toEqual(['tick', 'failing']);
  expect(fine).toEqual({ data: { tick: { n: 2, failing: 'fine' } } });
  expect(subscription.error).toBeUndefined();
});

test('an entity another subgraph fails to resolve becomes an error on that event only', async () => {
  const stream = randomUUID();
  const subscription = subscribe<Tick>(client().client, 'subscription ($stream: String!) { tick(stream: $stream) { n author { displayName } } }', { stream });
  await whenLive(stream, () => subscription.events.length);

  await graph.publish(stream, { n: 1, authorId: 'missing-1' });
  await graph.publish(stream, { n: 2, authorId: 'present' });

  const [failed, fine] = await waitForPublished(subscription, 2);
  expect(failed?.data?.tick).toEqual({ n: 1, author: null });
  expect(codesOf(failed?.errors)).toEqual(['NOT_FOUND']);
  expect(fine).toEqual({ data: { tick: { n: 2, author: { displayName: 'Author present' } } } });
  expect(subscription.error).toBeUndefined();
});

test('a subgraph refusing the subscription reaches the client as an error message with its code', async () => {
  const { token } = await issueAccessToken(JWT_SECRET, { userId: 'student-1', roles: ['student'], sessionId: 's' });
  const signedIn = subscribe<Tick>(client({ authorization: `Bearer ${token}` }).client, 'subscription { adminTick(stream: "x") { n } }');
  const anonymous = subscribe<Tick>(client().client, 'subscription { adminTick(stream: "x") { n } }');

  expect(codesOf(await signedIn.waitForErrors())).toEqual(['FORBIDDEN']);
  expect(codesOf(await anonymous.waitForErrors())).toEqual(['UNAUTHENTICATED']);
  expect(signedIn.events).toEqual([]);
});

test('the subgraph sees the viewer of the access token given in connection_init', async () => {
  const { token } = await issueAccessToken(JWT_SECRET, { userId: 'user-7', roles: ['admin'], sessionId: 's' });
  const stream = randomUUID();
  const viaAuthorization = subscribe<Tick>(client({ authorization: `Bearer ${token}` }).client, 'subscription ($stream: String!) { adminTick(stream: $stream) { viewerId } }', { stream });
  const viaToken = subscribe<Tick>(client({ token }).client, 'subscription ($stream: String!) { adminTick(stream: $stream) { viewerId } }', { stream });
  const anonymous = subscribe<Tick>(client().client, 'subscription ($stream: String!) { tick(stream: $stream) { viewerId } }', { stream });
  await whenLive(stream, () => Math.min(viaAuthorization.events.length, viaToken.events.length, anonymous.events.length));

  expect(viaAuthorization.events[0]).toEqual({ data: { adminTick: { viewerId: 'user-7' } } });
  expect(viaToken.events[0]).toEqual({ data: { adminTick: { viewerId: 'user-7' } } });
  expect(anonymous.events[0]).toEqual({ data: { tick: { viewerId: null } } });
});

test('the subgraph completing the subscription completes it for the client', async () => {
  const subscription = subscribe<{ countdown: { n: number } }>(client().client, 'subscription { countdown(from: 3) { n } }');
  await subscription.waitForComplete();
  expect(subscription.events.map((event) => event.data?.countdown.n)).toEqual([3, 2, 1]);
  expect(subscription.error).toBeUndefined();
});

test('the subgraph ending the subscription with an error ends it with that error', async () => {
  const stream = randomUUID();
  const subscription = subscribe<{ brokenTick: { n: number } }>(client().client, 'subscription ($stream: String!) { brokenTick(stream: $stream) { n } }', { stream });
  await whenLive(stream, () => subscription.events.length);

  await graph.publish(stream, { n: 1, fail: true });

  expect(codesOf(await subscription.waitForErrors())).toEqual(['CONFLICT']);
  expect(subscription.completed).toBe(false);
});

test('aliases and __typename are shaped as the client asked', async () => {
  const stream = randomUUID();
  const subscription = subscribe<{ live: { count: number } }>(
    client().client,
    'subscription ($stream: String!) { live: tick(stream: $stream) { __typename count: n writer: author { name: displayName } } }',
    { stream },
  );
  await whenLive(stream, () => subscription.events.length);

  await graph.publish(stream, { n: 5, authorId: 'x' });

  const [event] = await waitFor(() => {
    const events = subscription.events.filter((candidate) => candidate.data?.live.count !== 0);
    return events.length > 0 && events;
  });
  expect(event).toEqual({ data: { live: { __typename: 'Tick', count: 5, writer: { name: 'Author x' } } } });
});
