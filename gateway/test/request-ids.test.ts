// One request id travels from the client through the gateway to every subgraph and back.
import { REQUEST_ID_HEADER } from '@scrollforge/kit/src/request-id';
import { postGraphQL } from './support/http-client';
import { startTestGraph, type TestGraph } from './support/test-graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.stop();
});

test('a well-formed request id is echoed and forwarded to the subgraph', async () => {
  const response = await postGraphQL<{ requestId: string }>(graph.gateway.url, '{ requestId }', { [REQUEST_ID_HEADER]: 'client-trace-0001' });
  expect(response.headers[REQUEST_ID_HEADER]).toBe('client-trace-0001');
  expect(response.data?.requestId).toBe('client-trace-0001');
});

test('a malformed request id is replaced, and the replacement is forwarded', async () => {
  const response = await postGraphQL<{ requestId: string }>(graph.gateway.url, '{ requestId }', { [REQUEST_ID_HEADER]: 'bad id\twith spaces' });
  const issued = response.headers[REQUEST_ID_HEADER];
  expect(issued).toMatch(/^[0-9a-f-]{36}$/);
  expect(response.data?.requestId).toBe(issued);
});

test('a request without an id gets one', async () => {
  const response = await postGraphQL(graph.gateway.url, '{ requestId }');
  expect(response.headers[REQUEST_ID_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
});
