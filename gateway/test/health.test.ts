// /health speaks for the whole graph: it fails as soon as any subgraph does.
import { send } from './support/http-client';
import { startTestGraph, type TestGraph } from './support/test-graph';
import type { GraphHealth } from '../src/health';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.stop();
});

async function health(): Promise<{ status: number; body: GraphHealth }> {
  const response = await send(`${graph.origin}/health`);
  return { status: response.status, body: JSON.parse(response.text) as GraphHealth };
}

test('is 200 with every subgraph listed while they are up', async () => {
  const { status, body } = await health();
  expect(status).toBe(200);
  expect(body).toEqual({ status: 'ok', service: 'gateway', subgraphs: { probe: { status: 'ok', detail: 'HTTP 200' } } });
});

test('is 503 naming the subgraph once it stops', async () => {
  await graph.subgraph.stop();
  const { status, body } = await health();
  expect(status).toBe(503);
  expect(body.status).toBe('degraded');
  expect(body.subgraphs.probe?.status).toBe('down');
});
