// Which public fields need a scope beyond read:catalog: the `scope:<scope>` tags subgraphs put on them
// (subgraphs/kit/src/public-contract.ts), read from the public supergraph. The gateway refuses a key
// lacking one before any subgraph is asked; subgraphs still check the key's school on every row.
import {
  Kind,
  TypeInfo,
  parse,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { scopeOfTag } from '@scrollforge/kit/src/public-contract';
import { isApiScope, type ApiScope } from '@scrollforge/kit/src/viewer';
import { fragmentsUsedBy } from './operation-fragments';

/** Scopes each `Type.field` needs. */
export type ScopeRequirements = ReadonlyMap<string, readonly ApiScope[]>;

export interface MissingScope {
  coordinate: string;
  scope: ApiScope;
}

export function scopeRequirementsOf(supergraphSdl: string): ScopeRequirements {
  const requirements = new Map<string, ApiScope[]>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      for (const directive of field.directives ?? []) {
        const name = directive.arguments?.find((argument) => argument.name.value === 'name')?.value;
        if (directive.name.value !== 'tag' || name?.kind !== Kind.STRING) continue;
        const scope = scopeOfTag(name.value);
        if (scope === undefined) continue;
        const coordinate = `${definition.name.value}.${field.name.value}`;
        // A misspelt scope would otherwise leave the field open to every key; refuse to start instead.
        if (!isApiScope(scope)) throw new Error(`${coordinate} is tagged "${name.value}", but "${scope}" is not a scope an API key can hold. Fix the tag and run \`npm run compose\`.`);
        requirements.set(coordinate, [...new Set([...(requirements.get(coordinate) ?? []), scope])]);
      }
    }
  }
  return requirements;
}

/** Every scope-tagged field the operation selects whose scope `granted` lacks, in document order. */
export function missingScopes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requirements: ScopeRequirements,
  granted: readonly ApiScope[],
): MissingScope[] {
  if (requirements.size === 0) return [];
  const typeInfo = new TypeInfo(schema);
  const missing = new Map<string, MissingScope>();
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const coordinate = `${typeInfo.getParentType()?.name ?? '?'}.${node.name.value}`;
      for (const scope of requirements.get(coordinate) ?? []) {
        if (!granted.includes(scope)) missing.set(`${coordinate} ${scope}`, { coordinate, scope });
      }
    },
  });
  for (const definition of [operation, ...fragmentsUsedBy(operation, document)]) visit(definition, visitor);
  return [...missing.values()];
}
