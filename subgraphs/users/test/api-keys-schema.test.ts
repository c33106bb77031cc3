// authenticateApiKey is the gateway's own call: the users subgraph serves it, composition keeps it
// in the supergraph, and no client-facing schema shows it or its result type.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { composeSupergraph } from '../../../gateway/src/compose/compose';
import { printUsersSchema } from '../src/schema/print';

const repoRoot = path.join(__dirname, '..', '..', '..');

describe('authenticateApiKey in the composed schemas', () => {
  it('is in the users subgraph marked @inaccessible, with its result type', () => {
    const definitions = parse(printUsersSchema()).definitions.filter(
      (definition): definition is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION,
    );
    const directivesOf = (node: { directives?: readonly { name: { value: string } }[] } | undefined) => node?.directives?.map((directive) => directive.name.value);
    const field = definitions
      .filter((definition) => definition.name.value === 'Mutation')
      .flatMap((definition) => definition.fields ?? [])
      .find((candidate) => candidate.name.value === 'authenticateApiKey');
    expect(field?.arguments?.map((argument) => print(argument.type))).toEqual(['String!', 'Int!']);
    expect(field && print(field.type)).toBe('ApiKeyIdentity!');
    expect(directivesOf(field)).toContain('inaccessible');
    expect(directivesOf(definitions.find((definition) => definition.name.value === 'ApiKeyIdentity'))).toContain('inaccessible');
  });

  it('composes into the supergraph but not into the API schema clients query', () => {
    const composed = composeSupergraph([{ name: 'users', url: 'http://127.0.0.1:4001/graphql', sdl: printUsersSchema() }]);
    if (!composed.ok) throw new Error(JSON.stringify(composed.problems));
    expect(composed.supergraphSdl).toContain('authenticateApiKey');
    expect(composed.apiSchemaSdl).toContain('createApiKey');
    expect(composed.apiSchemaSdl).not.toContain('authenticateApiKey');
    expect(composed.apiSchemaSdl).not.toContain('ApiKeyIdentity');
  });

  it('is absent from the committed API schema (schema.graphql)', () => {
    const apiSchema = readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    expect(apiSchema).toContain('rotateApiKey(');
    expect(apiSchema).not.toContain('authenticateApiKey');
    expect(apiSchema).not.toContain('ApiKeyIdentity');
  });
});
