// What the subscription socket accepts: only subscriptions, validated and limited like HTTP
// operations, each refusal an `error` message with a code and no subgraph asked.
import { MAX_ALIASES, MAX_QUERY_DEPTH } from '../src/limits';
import { codesOf, connectClient, subscribe, type TestClient } from './support/subscription-client';
import { startSubscriptionGraph, type SubscriptionGraph } from './support/subscription-graph';

let graph: SubscriptionGraph;
let tested: TestClient;

beforeAll(async () => {
  graph = await startSubscriptionGraph();
  tested = connectClient(graph.wsUrl);
});
afterAll(async () => {
  await tested?.dispose();
  await graph?.stop();
});

async function refusal(query: string, variables: Record<string, unknown> = {}) {
  const subscription = subscribe(tested.client, query, variables);
  const errors = await subscription.waitForErrors();
  expect(subscription.events).toEqual([]);
  return errors;
}

test('a query over the socket is refused with BAD_REQUEST pointing to HTTP', async () => {
  const errors = await refusal('{ tickerVersion }');
  expect(codesOf(errors)).toEqual(['BAD_REQUEST']);
  expect(errors[0]?.message).toMatch(/HTTP POST/);
});

test('a mutation over the socket is refused with BAD_REQUEST', async () => {
  expect(codesOf(await refusal('mutation { noop }'))).toEqual(['BAD_REQUEST']);
});

test('a document that does not parse is refused with GRAPHQL_PARSE_FAILED', async () => {
  expect(codesOf(await refusal('subscription { tick('))).toEqual(['GRAPHQL_PARSE_FAILED']);
});

test('an unknown field is refused with GRAPHQL_VALIDATION_FAILED', async () => {
  const errors = await refusal('subscription { tick(stream: "s") { nope } }');
  expect(codesOf(errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(errors[0]?.message).toMatch(/nope/);
});

test('a subscription nested deeper than the depth limit is refused', async () => {
  const tooDeep = `subscription { tick(stream: "s") { ${'previous { '.repeat(MAX_QUERY_DEPTH)}n${' }'.repeat(MAX_QUERY_DEPTH)} } }`;
  const errors = await refusal(tooDeep);
  expect(codesOf(errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(errors[0]?.message).toMatch(/levels deep/);
});

test('a subscription with more aliases than the limit is refused', async () => {
  const aliases = Array.from({ length: MAX_ALIASES + 1 }, (_, index) => `a${index}: n`).join(' ');
  const errors = await refusal(`subscription { tick(stream: "s") { ${aliases} } }`);
  expect(codesOf(errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(errors[0]?.message).toMatch(/aliases/);
});

test('a variable of the wrong type is refused with BAD_USER_INPUT', async () => {
  expect(codesOf(await refusal('subscription ($stream: String!) { tick(stream: $stream) { n } }', { stream: 42 }))).toEqual(['BAD_USER_INPUT']);
});

test('an operation name the document does not hold is refused', async () => {
  const subscription = tested.client.iterate({ query: 'subscription A { countdown(from: 1) { n } }', operationName: 'B' });
  await expect(subscription.next()).rejects.toEqual([expect.objectContaining({ extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })]);
});

test('refusals neither reach a subgraph nor hold a subscription slot', async () => {
  const before = await graph.peopleOperations();
  await refusal('subscription { tick(stream: "s") { nope } }');
  expect(graph.gateway.subscriptions.stats()).toMatchObject({ subscriptions: 0, upstreamSockets: 0 });
  expect(await graph.peopleOperations()).toBe(before);
});

test('in production, validation errors do not suggest field names', async () => {
  const production = await startSubscriptionGraph({ production: true });
  const productionClient = connectClient(production.wsUrl);
  try {
    const errors = await subscribe(productionClient.client, 'subscription { tick(stream: "s") { autho } }').waitForErrors();
    expect(codesOf(errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errors[0]?.message).toBe('Cannot query field "autho" on type "Tick".');
  } finally {
    await productionClient.dispose();
    await production.stop();
  }
});
