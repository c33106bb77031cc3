// The bridge holds bounded resources: subscription limits, a bounded buffer per subscription,
// upstream sockets that close with their clients, reconnection to a restarted subgraph, and a stop
// that closes everything.
import { randomUUID } from 'node:crypto';
import { waitFor } from '@scrollforge/kit/src/wait-for';
import { codesOf, connectClient, openRawSocket, subscribe, type RawSocket, type Subscription, type TestClient } from './support/subscription-client';
import { startSubscriptionGraph, type SubscriptionGraph } from './support/subscription-graph';
import { send } from './support/http-client';

const PER_SOCKET = 2;
const IN_TOTAL = 3;
const BUFFER_SIZE = 4;

let graph: SubscriptionGraph;
const clients: TestClient[] = [];
const rawSockets: RawSocket[] = [];

beforeAll(async () => {
  graph = await startSubscriptionGraph({
    subscriptions: {
      maxSubscriptionsPerSocket: PER_SOCKET,
      maxSubscriptions: IN_TOTAL,
      bufferSize: BUFFER_SIZE,
      upstreamRetryInitialDelayMs: 20,
      upstreamRetryMaxDelayMs: 200,
    },
  });
});
afterEach(async () => {
  graph.peopleControls.hold = undefined;
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  for (const raw of rawSockets.splice(0)) raw.socket.terminate();
  // Every test starts from an idle bridge, so counts and limits are its own.
  await waitFor(() => graph.gateway.subscriptions.stats().clientSockets === 0, { what: 'the bridge to be idle' });
});
afterAll(async () => {
  await graph?.stop();
});

function client(): TestClient {
  const created = connectClient(graph.wsUrl);
  clients.push(created);
  return created;
}

interface Tick {
  tick: { n: number; author?: { displayName: string } | null; blob?: string | null };
}

const tickQuery = 'subscription ($stream: String!) { tick(stream: $stream) { n author { displayName } } }';

/** Publishes warm-up events (n = 0) until the subscription receives one. */
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

function liveTick(tested: TestClient): Promise<{ stream: string; subscription: Subscription<Tick> }> {
  const stream = randomUUID();
  const subscription = subscribe<Tick>(tested.client, tickQuery, { stream });
  return whenLive(stream, () => subscription.events.length).then(() => ({ stream, subscription }));
}

const stats = () => graph.gateway.subscriptions.stats();

describe('limits', () => {
  test('a socket running as many subscriptions as allowed is refused one more with RATE_LIMITED', async () => {
    const tested = client();
    await liveTick(tested);
    await liveTick(tested);

    const refused = subscribe(tested.client, tickQuery, { stream: randomUUID() });
    const errors = await refused.waitForErrors();
    expect(codesOf(errors)).toEqual(['RATE_LIMITED']);
    expect(errors[0]?.extensions).toMatchObject({ reason: 'SUBSCRIPTIONS_PER_SOCKET', limit: PER_SOCKET });
    expect(stats().subscriptions).toBe(2);
  });

  test('a subscription beyond the gateway-wide limit is refused with RATE_LIMITED', async () => {
    const first = client();
    await liveTick(first);
    await liveTick(first);
    const second = client();
    await liveTick(second);

    const errors = await subscribe(second.client, tickQuery, { stream: randomUUID() }).waitForErrors();
    expect(codesOf(errors)).toEqual(['RATE_LIMITED']);
    expect(errors[0]?.extensions).toMatchObject({ reason: 'GATEWAY_AT_CAPACITY' });
  });

  test('a completed subscription frees its slot', async () => {
    const tested = client();
    const { subscription } = await liveTick(tested);
    await liveTick(tested);
    subscription.unsubscribe();
    await waitFor(() => stats().subscriptions === 1, { what: 'the slot to be freed' });

    const { subscription: third } = await liveTick(tested);
    expect(third.error).toBeUndefined();
  });
});

describe('slow consumers', () => {
  test('a subscription whose events pile up beyond the buffer is ended with SLOW_CONSUMER, after the event in hand', async () => {
    const { stream, subscription } = await liveTick(client());
    let release = () => {};
    graph.peopleControls.hold = new Promise<void>((resolve) => (release = resolve));
    const lookupsBefore = graph.peopleControls.lookups;

    await graph.publish(stream, { n: 1, authorId: 'held' });
    await waitFor(() => graph.peopleControls.lookups > lookupsBefore, { what: 'the first event to be in hydration' });
    for (let n = 2; n <= BUFFER_SIZE + 2; n += 1) await graph.publish(stream, { n, authorId: `a${n}` });
    // Ending the subscription gives up its upstream subscription, so the upstream socket closes.
    await waitFor(() => stats().upstreamSockets === 0, { what: 'the overflowing subscription to drop its upstream' });
    release();

    const errors = await subscription.waitForErrors();
    expect(codesOf(errors)).toEqual(['RATE_LIMITED']);
    expect(errors[0]?.extensions).toMatchObject({ reason: 'SLOW_CONSUMER', bufferSize: BUFFER_SIZE });
    const published = subscription.events.filter((event) => event.data?.tick.n !== 0);
    expect(published.map((event) => event.data?.tick.n)).toEqual([1]);
    await waitFor(() => stats().subscriptions === 0, { what: 'the slot to be freed' });
  });

  test('a client that stops reading its socket has its subscription ended instead of buffered', async () => {
    const socket = openRawSocket(graph.wsUrl);
    rawSockets.push(socket);
    socket.send({ type: 'connection_init' });
    await socket.waitForMessage('connection_ack');
    const stream = randomUUID();
    socket.send({ id: 'slow', type: 'subscribe', payload: { query: 'subscription ($stream: String!) { tick(stream: $stream) { n blob } }', variables: { stream } } });
    await whenLive(stream, () => socket.messages.filter((message) => message.type === 'next').length);

    socket.socket.pause();
    const blob = 'x'.repeat(512 * 1024);
    let n = 0;
    // Kernel socket buffers absorb the first megabytes; the bridge's buffer fills after them.
    await waitFor(
      async () => {
        if (stats().upstreamSockets === 0) return true;
        n += 1;
        await graph.publish(stream, { n, blob });
        return false;
      },
      { intervalMs: 5, timeoutMs: 30_000, what: 'the stalled subscription to be ended' },
    );
    socket.socket.resume();

    const error = await socket.waitForMessage('error');
    expect(error).toMatchObject({ id: 'slow', payload: [{ extensions: { code: 'RATE_LIMITED', reason: 'SLOW_CONSUMER' } }] });
    await waitFor(() => stats().subscriptions === 0, { what: 'the slot to be freed' });
  });
});

describe('upstream sockets', () => {
  test('subscriptions of one socket to one subgraph share an upstream socket that closes after the last one ends', async () => {
    const tested = client();
    const first = await liveTick(tested);
    const second = await liveTick(tested);
    expect(stats()).toEqual({ clientSockets: 1, subscriptions: 2, upstreamSockets: 1 });

    first.subscription.unsubscribe();
    second.subscription.unsubscribe();
    await waitFor(() => stats().upstreamSockets === 0 && stats().subscriptions === 0, { what: 'the upstream socket to close' });
    expect(stats().clientSockets).toBe(1);
  });

  test('a client socket that drops without a goodbye leaves no upstream socket behind', async () => {
    const socket = openRawSocket(graph.wsUrl);
    rawSockets.push(socket);
    socket.send({ type: 'connection_init' });
    await socket.waitForMessage('connection_ack');
    const stream = randomUUID();
    socket.send({ id: '1', type: 'subscribe', payload: { query: tickQuery, variables: { stream } } });
    await whenLive(stream, () => socket.messages.filter((message) => message.type === 'next').length);
    expect(stats()).toEqual({ clientSockets: 1, subscriptions: 1, upstreamSockets: 1 });

    socket.socket.terminate();

    await waitFor(() => JSON.stringify(stats()) === JSON.stringify({ clientSockets: 0, subscriptions: 0, upstreamSockets: 0 }), {
      what: 'the bridge to release everything',
    });
  });

  test('a subgraph that restarts is reconnected and its subscriptions resume', async () => {
    const { stream, subscription } = await liveTick(client());

    await graph.restartTicker(() => waitFor(() => stats().upstreamSockets === 0, { what: 'the upstream socket to drop' }).then(() => undefined));

    await waitFor(
      async () => {
        if (subscription.events.some((event) => event.data?.tick.n === 42)) return true;
        await graph.publish(stream, { n: 42, authorId: 'back' });
        return false;
      },
      { intervalMs: 25, what: 'events after the restart' },
    );
    expect(subscription.events.find((event) => event.data?.tick.n === 42)?.data?.tick.author).toEqual({ displayName: 'Author back' });
    expect(subscription.error).toBeUndefined();
    expect(stats()).toEqual({ clientSockets: 1, subscriptions: 1, upstreamSockets: 1 });
  });
});

test('the bridge reports its sockets and subscriptions as metrics', async () => {
  const { stream, subscription } = await liveTick(client());
  await graph.publish(stream, { n: 1 });
  await subscription.waitForEvents(2);

  const metrics = await send(`http://127.0.0.1:${graph.gateway.port}/metrics`);
  expect(metrics.text).toMatch(/^graphql_ws_client_sockets\{service="gateway"\} 1$/m);
  expect(metrics.text).toMatch(/^graphql_ws_subscriptions\{service="gateway"\} 1$/m);
  expect(metrics.text).toMatch(/^graphql_ws_upstream_sockets\{service="gateway"\} 1$/m);
  expect(metrics.text).toMatch(/^graphql_ws_events_total\{service="gateway"\} [1-9]\d*$/m);
});

test('stopping the gateway closes client sockets with 1001 and every upstream socket', async () => {
  const own = await startSubscriptionGraph();
  try {
    const tested = connectClient(own.wsUrl);
    const stream = randomUUID();
    const subscription = subscribe<Tick>(tested.client, tickQuery, { stream });
    await waitFor(
      async () => {
        if (subscription.events.length > 0) return true;
        await own.publish(stream, { n: 0 });
        return false;
      },
      { intervalMs: 25, what: 'the subscription to be live' },
    );

    await own.gateway.stop();

    expect(await tested.waitForClose()).toMatchObject({ code: 1001 });
    await waitFor(() => own.gateway.subscriptions.stats().upstreamSockets === 0, { what: 'upstream sockets to close' });
    expect(own.gateway.subscriptions.stats()).toEqual({ clientSockets: 0, subscriptions: 0, upstreamSockets: 0 });
  } finally {
    await own.stop();
  }
});
