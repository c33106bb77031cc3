// The public contract: what `@tag(name: "public")` puts in the public graph, composed from small inline
// subgraphs, and the errors that tell a developer what to tag.
import { buildSchema, isObjectType } from 'graphql';
import { formatProblems, type SubgraphSource } from '../src/compose/compose';
import { composePublicSupergraph } from '../src/compose/public-composition';
import { publicContractSubgraphs } from '../src/compose/public-contract';
import { scopeRequirementsOf } from '../src/public/scope-requirements';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable", "@tag", "@external"])';

const catalog: SubgraphSource = {
  name: 'catalog',
  url: 'http://127.0.0.1:4101/graphql',
  sdl: `${LINK}
type Query {
  courses(first: Int, filter: CourseFilter, sort: CourseSort): [Course!]! @tag(name: "public")
  me: User
  drafts: [Course!]!
}
type Mutation {
  enroll(courseId: ID!): Boolean @tag(name: "public") @tag(name: "scope:write:enrollments")
  deleteCourse(id: ID!): Boolean
}
type Subscription { courseChanged: Course }
input CourseFilter { level: Level tags: [String!] }
enum Level { EASY HARD }
enum CourseSort { NEWEST TITLE }
enum ReviewState { PENDING DONE }
scalar DateTime
scalar Upload
type Course @key(fields: "id") @tag(name: "public") {
  id: ID! @tag(name: "public")
  title: String! @tag(name: "public")
  publishedAt: DateTime @tag(name: "public")
  reviewState: ReviewState
  internalNotes: String
}
type User @key(fields: "id") { id: ID! email: String! }
`,
};

const billing: SubgraphSource = {
  name: 'billing',
  url: 'http://127.0.0.1:4102/graphql',
  sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@tag"])
type Query { wallet: Int }
type Course @key(fields: "id") { id: ID! priceCents: Int @tag(name: "public") revenueCents: Int }
`,
};

function composed(subgraphs: SubgraphSource[]) {
  const outcome = composePublicSupergraph(subgraphs);
  if (!outcome.ok) throw new Error(formatProblems(outcome.problems));
  if (outcome.empty) throw new Error('empty contract');
  return outcome;
}

function fieldsOf(sdl: string): Record<string, string[]> {
  const schema = buildSchema(sdl);
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__'))
      .map((type) => [type.name, isObjectType(type) ? Object.keys(type.getFields()) : []]),
  );
}

test('keeps only tagged fields, from every subgraph, and drops untagged types', () => {
  const fields = fieldsOf(composed([catalog, billing]).apiSchemaSdl);
  expect(fields.Query).toEqual(['courses']);
  expect(fields.Course?.sort()).toEqual(['id', 'priceCents', 'publishedAt', 'title']);
  expect(fields.User).toBeUndefined();
});

test('brings the enums, inputs and scalars a public field or its arguments reach, and nothing else', () => {
  const fields = fieldsOf(composed([catalog, billing]).apiSchemaSdl);
  expect(Object.keys(fields)).toEqual(expect.arrayContaining(['CourseFilter', 'Level', 'CourseSort', 'DateTime']));
  expect(fields.ReviewState).toBeUndefined();
  expect(fields.Upload).toBeUndefined();
  expect(composed([catalog, billing]).apiSchemaSdl).toContain('courses(first: Int, filter: CourseFilter, sort: CourseSort): [Course!]!');
});

/** The catalog with a tagged Query.page returning a tagged Page type whose fields are as given. */
function withPage(pageFields: string): SubgraphSource {
  return {
    ...catalog,
    sdl: `${catalog.sdl.replace('  drafts: [Course!]!\n', '  drafts: [Course!]!\n  page: Page @tag(name: "public")\n')}type Page @tag(name: "public") { ${pageFields} }\n`,
  };
}

test('a tag on a type publishes none of its fields: each field is tagged on its own', () => {
  expect(fieldsOf(composed([withPage('number: Int! @tag(name: "public") size: Int!'), billing]).apiSchemaSdl).Page).toEqual(['number']);
});

test('fails, naming the type, when a tagged type has no tagged field', () => {
  const outcome = composePublicSupergraph([withPage('number: Int! size: Int!'), billing]);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems).toEqual([{ code: 'ONLY_INACCESSIBLE_CHILDREN', message: expect.stringContaining('type "Page" is in the public graph but none of its fields is') }]);
});

test('keeps a mutation root only for tagged mutations and never a subscription root', () => {
  const fields = fieldsOf(composed([catalog, billing]).apiSchemaSdl);
  expect(fields.Mutation).toEqual(['enroll']);
  expect(fields.Subscription).toBeUndefined();
  const untagged = { ...catalog, sdl: catalog.sdl.replace('@tag(name: "public") @tag(name: "scope:write:enrollments")', '') };
  expect(fieldsOf(composed([untagged, billing]).apiSchemaSdl).Mutation).toBeUndefined();
});

test('imports @inaccessible into each contract subgraph’s federation link', () => {
  const contract = publicContractSubgraphs([catalog, billing]);
  if (!contract.ok || contract.empty) throw new Error('no contract');
  for (const subgraph of contract.subgraphs) {
    expect(subgraph.sdl).toMatch(/import: \[[^\]]*"@inaccessible"[^\]]*\]/);
  }
  expect(contract.subgraphs[0]?.sdl).toContain('internalNotes: String @inaccessible');
});

test('carries scope tags into the public supergraph for the gateway to enforce', () => {
  const requirements = scopeRequirementsOf(composed([catalog, billing]).supergraphSdl);
  expect([...requirements.entries()]).toEqual([['Mutation.enroll', ['write:enrollments']]]);
});

test('fails with the field and what to tag when a public field returns a type outside the contract', () => {
  const leaky = { ...catalog, sdl: catalog.sdl.replace('  me: User\n', '  me: User @tag(name: "public")\n') };
  const outcome = composePublicSupergraph([leaky, billing]);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems).toEqual([
    {
      code: 'REFERENCED_INACCESSIBLE',
      message:
        'Public graph: "Query.me" is tagged public but its type "User" is not. Tag User with `tag: inPublicGraph()` in its subgraph, or remove the public tag from Query.me.',
    },
  ]);
});

test('refuses a subscription field tagged public', () => {
  const live = { ...catalog, sdl: catalog.sdl.replace('courseChanged: Course', 'courseChanged: Course @tag(name: "public")') };
  const outcome = composePublicSupergraph([live, billing]);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems).toEqual([{ code: 'PUBLIC_SUBSCRIPTION', message: expect.stringContaining('Subscription.courseChanged is tagged public') }]);
});

test('generates no public graph while no query field is tagged', () => {
  const untagged = { ...catalog, sdl: catalog.sdl.replace(/@tag\(name: "[^"]+"\)/g, '') };
  expect(composePublicSupergraph([untagged, { ...billing, sdl: billing.sdl.replace('@tag(name: "public")', '') }])).toEqual({ ok: true, empty: true });
});
