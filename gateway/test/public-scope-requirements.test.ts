// Scope tags in the public supergraph, and which of them an operation needs that a key lacks.
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { formatProblems } from '../src/compose/compose';
import { composePublicSupergraph } from '../src/compose/public-composition';
import { missingScopes, scopeRequirementsOf } from '../src/public/scope-requirements';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@tag"])';
const schools = {
  name: 'schools',
  url: 'http://127.0.0.1:4101/graphql',
  sdl: `${LINK}
type Query { school: School @tag(name: "public") }
type School @key(fields: "id") @tag(name: "public") {
  id: ID! @tag(name: "public")
  name: String! @tag(name: "public")
  students: [String!]! @tag(name: "public") @tag(name: "scope:read:students")
}`,
};

function composed() {
  const outcome = composePublicSupergraph([schools]);
  if (!outcome.ok) throw new Error(formatProblems(outcome.problems));
  if (outcome.empty) throw new Error('empty contract');
  return { requirements: scopeRequirementsOf(outcome.supergraphSdl), schema: buildSchema(outcome.apiSchemaSdl) };
}

function missingFor(query: string, granted: Parameters<typeof missingScopes>[4]) {
  const { requirements, schema } = composed();
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  if (operation === undefined) throw new Error('no operation');
  return missingScopes(schema, document, operation, requirements, granted);
}

test('finds a scope-tagged field the key lacks the scope for, through fragments', () => {
  expect(missingFor('{ school { ...Roll } } fragment Roll on School { name students }', ['read:catalog'])).toEqual([
    { coordinate: 'School.students', scope: 'read:students' },
  ]);
});

test('finds nothing when the key holds the scope or the operation avoids the field', () => {
  expect(missingFor('{ school { students } }', ['read:catalog', 'read:students'])).toEqual([]);
  expect(missingFor('{ school { name } }', ['read:catalog'])).toEqual([]);
});

test('refuses to start on a scope tag naming no scope a key can hold', () => {
  const { requirements } = composed();
  expect(requirements.get('School.students')).toEqual(['read:students']);
  const misspelt = composePublicSupergraph([{ ...schools, sdl: schools.sdl.replace('scope:read:students', 'scope:read:student') }]);
  if (!misspelt.ok || misspelt.empty) throw new Error('expected a contract');
  expect(() => scopeRequirementsOf(misspelt.supergraphSdl)).toThrow('School.students is tagged "scope:read:student", but "read:student" is not a scope an API key can hold.');
});
