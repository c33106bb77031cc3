// Graceful stop drains what is in flight; HTTP upgrades go to whoever attached to the server.
import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { waitFor } from '../../subgraphs/kit/src/wait-for';
import { postGraphQL, send } from './support/http-client';
import { startTestGraph } from './support/test-graph';

test('stop() lets an in-flight operation finish, then refuses new connections', async () => {
  const graph = await startTestGraph();
  try {
    let release = () => {};
    graph.calls.hold = new Promise<void>((resolve) => (release = resolve));
    const inFlight = postGraphQL<{ held: string }>(graph.gateway.url, '{ held }');
    await waitFor(() => graph.calls.count > 0, { what: 'the held resolver to start' });

    let stopped = false;
    const stopping = graph.gateway.stop().then(() => (stopped = true));
    await expect(send(`${graph.origin}/health`)).rejects.toThrow(/ECONNREFUSED|ECONNRESET|socket hang up/);
    expect(stopped).toBe(false);

    release();
    const response = await inFlight;
    expect(response.data).toEqual({ held: 'released' });
    await stopping;
    expect(stopped).toBe(true);
  } finally {
    await graph.stop();
  }
});

function upgradeRequest(url: string): Promise<string> {
  return new Promise((resolve) => {
    const outgoing = request(url, { headers: { connection: 'Upgrade', upgrade: 'websocket' } });
    outgoing.on('upgrade', () => resolve('upgraded'));
    outgoing.on('response', (response) => resolve(`response ${response.statusCode}`));
    outgoing.on('error', () => resolve('closed'));
    outgoing.end();
  });
}

test('upgrade requests reach the onUpgrade hook', async () => {
  const seen: IncomingMessage[] = [];
  const graph = await startTestGraph({
    onUpgrade: (incoming, socket) => {
      seen.push(incoming);
      socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n');
    },
  });
  try {
    expect(await upgradeRequest(graph.gateway.url)).toBe('upgraded');
    expect(seen.map((incoming) => incoming.url)).toEqual(['/graphql']);
    expect(graph.gateway.server.listening).toBe(true);
  } finally {
    await graph.stop();
  }
});

test('an upgrade request that is not a proper WebSocket handshake is closed by the subscription bridge', async () => {
  const graph = await startTestGraph();
  try {
    expect(await upgradeRequest(graph.gateway.url)).toBe('closed');
  } finally {
    await graph.stop();
  }
});
