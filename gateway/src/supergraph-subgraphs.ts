// Reads the subgraphs (name and routing URL) out of a composed supergraph, so /health knows whom to
// ask and URL overrides can be checked against real names.
import { Kind, parse, type ConstDirectiveNode } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((candidate) => candidate.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

export function subgraphsOfSupergraph(supergraphSdl: string): SubgraphEndpoint[] {
  const document = parse(supergraphSdl);
  const graphs = document.definitions.find(
    (definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  if (graphs === undefined || graphs.kind !== Kind.ENUM_TYPE_DEFINITION) {
    throw new Error('The supergraph has no join__Graph enum; is it the output of `npm run compose`?');
  }
  return (graphs.values ?? []).flatMap((value) => {
    const directive = value.directives?.find((candidate) => candidate.name.value === 'join__graph');
    const name = directive && stringArgument(directive, 'name');
    const url = directive && stringArgument(directive, 'url');
    return name !== undefined && url !== undefined ? [{ name, url }] : [];
  });
}

/** Applies start-time URL overrides (embedded mode picks subgraph ports at start). */
export function withUrlOverrides(
  subgraphs: SubgraphEndpoint[],
  overrides: Record<string, string>,
): { subgraphs: SubgraphEndpoint[]; unknownOverrides: string[] } {
  const known = new Set(subgraphs.map((subgraph) => subgraph.name));
  return {
    subgraphs: subgraphs.map((subgraph) => ({ name: subgraph.name, url: overrides[subgraph.name] ?? subgraph.url })),
    unknownOverrides: Object.keys(overrides).filter((name) => !known.has(name)),
  };
}
