// Unexpected failures reach the client as INTERNAL with a generic message; the details stay in logs.
import { codesOf, postGraphQL } from './support/http-client';
import { PROBE_SECRET_MESSAGE } from './support/probe-subgraph';
import { startTestGraph, type TestGraph } from './support/test-graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.stop();
});

test('an error thrown in a subgraph resolver reaches the client as INTERNAL without its message', async () => {
  const response = await postGraphQL(graph.gateway.url, '{ failUnexpectedly }');
  expect(codesOf(response)).toEqual(['INTERNAL']);
  expect(JSON.stringify(response)).not.toContain('hunter2');
  expect(JSON.stringify(response)).not.toContain(PROBE_SECRET_MESSAGE);
  expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
});

test('a subgraph that cannot be reached is reported as INTERNAL without its address', async () => {
  const stopped = await startTestGraph();
  await stopped.subgraph.stop();
  try {
    const response = await postGraphQL(stopped.gateway.url, '{ whoami }');
    expect(codesOf(response)).toEqual(['INTERNAL']);
    expect(JSON.stringify(response)).not.toContain(String(stopped.subgraph.port));
  } finally {
    await stopped.stop();
  }
});
