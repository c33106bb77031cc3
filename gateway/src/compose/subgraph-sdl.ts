// Prints a subgraph's SDL from its schema module, so the committed schema file can never lag the code.
// Convention: subgraphs/<name>/src/schema/index.ts exports build<Name>Schema(), which opens no ports.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';

export class SubgraphModuleError extends Error {}

/** `users` → `buildUsersSchema`, `community_feed` → `buildCommunityFeedSchema`. */
export function schemaBuilderName(subgraphName: string): string {
  const pascal = subgraphName
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `build${pascal}Schema`;
}

export function schemaModulePath(repoRoot: string, subgraphName: string): string {
  return join(repoRoot, 'subgraphs', subgraphName, 'src', 'schema', 'index.ts');
}

/** SDL text as committed: the printed subgraph schema with exactly one trailing newline. */
export function normaliseSdl(sdl: string): string {
  return `${sdl.trimEnd()}\n`;
}

export async function printSubgraphSdl(repoRoot: string, subgraphName: string): Promise<string> {
  const modulePath = schemaModulePath(repoRoot, subgraphName);
  if (!existsSync(modulePath)) {
    throw new SubgraphModuleError(
      `Subgraph "${subgraphName}" has no schema module at ${modulePath}. ` +
        `Create it (exporting ${schemaBuilderName(subgraphName)}()) or remove the subgraph from supergraph.yaml.`,
    );
  }
  const loaded = (await import(modulePath)) as Record<string, unknown>;
  const build = loaded[schemaBuilderName(subgraphName)];
  if (typeof build !== 'function') {
    throw new SubgraphModuleError(`${modulePath} must export a function ${schemaBuilderName(subgraphName)}(): GraphQLSchema.`);
  }
  const schema: unknown = build();
  if (!(schema instanceof GraphQLSchema)) {
    throw new SubgraphModuleError(`${schemaBuilderName(subgraphName)}() in ${modulePath} did not return a GraphQLSchema.`);
  }
  return normaliseSdl(printSubgraphSchema(schema));
}
