// Depth and alias limits: refused at the gateway with a message that says what to change.
import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { MAX_ALIASES, MAX_QUERY_DEPTH, aliasLimitRule, depthLimitRule, operationLimitRules } from '../src/limits';
import { codesOf, postGraphQL } from './support/http-client';
import { startTestGraph, type TestGraph } from './support/test-graph';

/** `{ probeNode { child { … level } } }` nesting fields `depth` levels deep. */
function nestedQuery(depth: number): string {
  let selection = 'level';
  for (let level = 2; level < depth; level += 1) selection = `child { ${selection} }`;
  return `query Deep { probeNode { ${selection} } }`;
}

function aliasedQuery(count: number): string {
  return `query Wide { ${Array.from({ length: count }, (_, index) => `a${index}: whoami`).join(' ')} }`;
}

describe('rules', () => {
  const schema = buildSchema('type Query { node: Node, whoami: String } type Node { child: Node, level: Int }');
  const messagesFor = (query: string) => validate(schema, parse(query), [depthLimitRule(), aliasLimitRule()]).map((error) => error.message);

  test('counts depth through fragments', () => {
    const query = `query Q { node { ...Two } } fragment Two on Node { child { child { level } } }`;
    expect(validate(schema, parse(query), [depthLimitRule(3)])).toHaveLength(1);
    expect(validate(schema, parse(query), [depthLimitRule(4)])).toHaveLength(0);
  });

  test('counts aliases once per fragment spread', () => {
    const query = `query Q { ...F ...F ...F } fragment F on Query { a: whoami b: whoami }`;
    expect(validate(schema, parse(query), [aliasLimitRule(5)])).toHaveLength(1);
    expect(validate(schema, parse(query), [aliasLimitRule(6)])).toHaveLength(0);
  });

  test('measures an exponential fragment fan-out without walking it', () => {
    const fragments = Array.from({ length: 40 }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`);
    const query = `query Q { ...F0 } ${fragments.join(' ')} fragment F40 on Query { a: whoami }`;
    const started = Date.now();
    expect(messagesFor(query)).toEqual([expect.stringMatching(/aliases; the limit is 30/)]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('lets the standard introspection query through every limit', () => {
    expect(validate(schema, parse(getIntrospectionQuery()), operationLimitRules())).toHaveLength(0);
  });

  test('refuses introspection that nests type fields cyclically', () => {
    const query = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    expect(validate(schema, parse(query), operationLimitRules())).toHaveLength(1);
  });
});

describe('through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await graph?.stop();
  });

  test(`answers an operation ${MAX_QUERY_DEPTH} levels deep`, async () => {
    const response = await postGraphQL(graph.gateway.url, nestedQuery(MAX_QUERY_DEPTH));
    expect(response.errors).toBeUndefined();
  });

  test(`refuses an operation ${MAX_QUERY_DEPTH + 1} levels deep with the limit in the message`, async () => {
    const before = graph.calls.count;
    const response = await postGraphQL(graph.gateway.url, nestedQuery(MAX_QUERY_DEPTH + 1));
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).toBe(
      'Operation "Deep" nests fields 13 levels deep; the limit is 12. Ask for fewer nested fields or split it into several operations.',
    );
    expect(graph.calls.count).toBe(before);
  });

  test(`answers ${MAX_ALIASES} aliases`, async () => {
    const response = await postGraphQL(graph.gateway.url, aliasedQuery(MAX_ALIASES));
    expect(response.errors).toBeUndefined();
  });

  test(`refuses ${MAX_ALIASES + 1} aliases with the limit in the message`, async () => {
    const response = await postGraphQL(graph.gateway.url, aliasedQuery(MAX_ALIASES + 1));
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).toBe('Operation "Wide" uses 31 aliases; the limit is 30. Split it into several operations.');
  });
});
