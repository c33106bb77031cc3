// Composition: the committed schema files match the subgraphs, and broken subgraphs are reported
// one error per line with its code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeSupergraph, formatProblems } from '../src/compose/compose';
import { findDrift } from '../src/compose/drift';
import { generateComposedFiles } from '../src/compose/generated-files';
import { schemaBuilderName } from '../src/compose/subgraph-sdl';
import { SupergraphConfigError, parseSupergraphConfig } from '../src/compose/supergraph-config';

const repoRoot = resolve(__dirname, '..', '..');
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])';

const accounts = {
  name: 'accounts',
  url: 'http://127.0.0.1:4101/graphql',
  sdl: `${LINK}
type Query { me: Account }
type Account @key(fields: "id") { id: ID! displayName: String! }`,
};
const billing = {
  name: 'billing',
  url: 'http://127.0.0.1:4102/graphql',
  sdl: `${LINK}
type Query { invoices: [String!]! }
type Account @key(fields: "id") { id: ID! balanceCents: Int! }`,
};

test('the committed subgraph, supergraph and API schema files match what the subgraphs compose to', async () => {
  const outcome = await generateComposedFiles(repoRoot);
  if (!outcome.ok) throw new Error(`composition failed:\n${formatProblems(outcome.problems)}`);
  expect(findDrift(outcome.files, repoRoot)).toEqual([]);
});

test('composes subgraphs that extend one entity into a supergraph and a clean API schema', () => {
  const outcome = composeSupergraph([accounts, billing]);
  if (!outcome.ok) throw new Error(formatProblems(outcome.problems));
  expect(outcome.supergraphSdl).toContain('ACCOUNTS @join__graph(name: "accounts", url: "http://127.0.0.1:4101/graphql")');
  expect(outcome.apiSchemaSdl).toContain('balanceCents: Int!');
  expect(outcome.apiSchemaSdl).not.toContain('join__');
  expect(outcome.apiSchemaSdl).not.toContain('@key');
});

test('reports two subgraphs defining the same non-shareable field, one line per error with its code', () => {
  const clash = { ...billing, sdl: billing.sdl.replace('balanceCents: Int!', 'displayName: String!') };
  const outcome = composeSupergraph([accounts, clash]);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems).toEqual([
    expect.objectContaining({ code: 'INVALID_FIELD_SHARING', message: expect.stringContaining('Account.displayName') }),
  ]);
  expect(formatProblems(outcome.problems)).toMatch(/^ {2}INVALID_FIELD_SHARING: Non-shareable field "Account.displayName"/);
});

test('names the subgraph whose SDL does not parse', () => {
  const outcome = composeSupergraph([accounts, { ...billing, sdl: 'type Query { oops: }' }]);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems).toEqual([{ code: 'PARSE_FAILED', message: expect.stringMatching(/^\[billing\] Syntax Error/) }]);
});

test('reads supergraph.yaml in Rover’s format and refuses entries without a schema file', () => {
  const config = parseSupergraphConfig(
    'federation_version: =2.14.4\nsubgraphs:\n  users:\n    routing_url: http://127.0.0.1:4001/graphql\n    schema:\n      file: ./subgraphs/users/schema.graphql\n',
    '/repo',
  );
  expect(config.subgraphs).toEqual([{ name: 'users', routingUrl: 'http://127.0.0.1:4001/graphql', schemaFile: '/repo/subgraphs/users/schema.graphql' }]);
  expect(() => parseSupergraphConfig('federation_version: =2.14.4\nsubgraphs:\n  users:\n    routing_url: http://x\n', '/repo')).toThrow(
    SupergraphConfigError,
  );
});

test('derives each subgraph’s schema builder name from its name', () => {
  expect(schemaBuilderName('users')).toBe('buildUsersSchema');
  expect(schemaBuilderName('community_feed')).toBe('buildCommunityFeedSchema');
});

describe('drift', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-drift-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('points at the first line that differs and at missing files', () => {
    writeFileSync(join(dir, 'a.graphql'), 'type Query {\n  a: String\n}\n');
    const drifts = findDrift(
      [
        { path: join(dir, 'a.graphql'), content: 'type Query {\n  b: String\n}\n' },
        { path: join(dir, 'missing.graphql'), content: 'type Query { a: String }\n' },
      ],
      dir,
    );
    expect(drifts).toEqual([
      { path: 'a.graphql', detail: 'line 2: committed "  a: String", composition gives "  b: String"' },
      { path: 'missing.graphql', detail: 'missing' },
    ]);
  });

  test('ignores trailing whitespace differences', () => {
    writeFileSync(join(dir, 'b.graphql'), 'type Query { a: String }\n\n');
    expect(findDrift([{ path: join(dir, 'b.graphql'), content: 'type Query { a: String }\n' }], dir)).toEqual([]);
  });
});
