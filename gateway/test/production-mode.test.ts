// In production the schema is not handed out: no introspection, no "Did you mean" hints, and HSTS.
import { codesOf, postGraphQL, send } from './support/http-client';
import { startTestGraph, type TestGraph } from './support/test-graph';

describe('production', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    // Ad-hoc operations on purpose: trusted documents (tested on their own) would refuse them first.
    graph = await startTestGraph({ production: true, trustedDocuments: false });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  test('refuses introspection', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ __schema { types { name } } }');
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.data).toBeUndefined();
  });

  test('refuses __type lookups', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ __type(name: "ProbeNode") { fields { name } } }');
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  test('gives no field suggestions for a misspelt field', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ whoamii }');
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|whoami"/);
  });

  test('sends strict-transport-security', async () => {
    const response = await send(`${graph.origin}/health`);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  test('answers a dev-only field exactly as a field that does not exist, without calling the subgraph', async () => {
    const before = graph.calls.count;
    const devOnly = await postGraphQL(graph.gateway.url, '{ devMailbox }');
    const missing = await postGraphQL(graph.gateway.url, '{ noSuchField }');
    expect(codesOf(devOnly)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(devOnly.errors?.[0]?.message).toBe('Cannot query field "devMailbox" on type "Query".');
    expect(missing.errors?.[0]?.message).toBe('Cannot query field "noSuchField" on type "Query".');
    expect(graph.calls.count).toBe(before);
  });

  test('still answers ordinary queries', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ whoami }');
    expect(response.errors).toBeUndefined();
  });
});

describe('development', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ production: false });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  test('allows introspection', async () => {
    const response = await postGraphQL<{ __schema: { queryType: { name: string } } }>(graph.gateway.url, '{ __schema { queryType { name } } }');
    expect(response.data?.__schema.queryType.name).toBe('Query');
  });

  test('answers dev-only fields', async () => {
    const response = await postGraphQL<{ devMailbox: string[] }>(graph.gateway.url, '{ devMailbox }');
    expect(response.data?.devMailbox).toEqual(['a dev mail']);
  });

  test('suggests the field a misspelling meant', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ whoamii }');
    expect(response.errors?.[0]?.message).toContain('Did you mean "whoami"?');
  });
});
