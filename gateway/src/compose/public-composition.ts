// Composes the public contract subgraphs into the public supergraph and its API schema, and turns
// composition's @inaccessible errors into what the developer has to do: tag the type (or untag the field).
import { composeSupergraph, type CompositionProblem, type SubgraphSource } from './compose';
import { publicContractSubgraphs } from './public-contract';

export type PublicCompositionOutcome =
  | { ok: true; empty: false; supergraphSdl: string; apiSchemaSdl: string; hints: string[] }
  /** Nothing on Query is tagged public yet: there is no public graph to write. */
  | { ok: true; empty: true }
  | { ok: false; problems: CompositionProblem[] };

const TAG_HINT = 'with `tag: inPublicGraph()` in its subgraph';

function quoted(pattern: RegExp, message: string): string[] {
  return [...message.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** Rewrites composition's wording (about @inaccessible, which developers never write) into tagging advice. */
export function explainPublicProblem(problem: CompositionProblem): CompositionProblem {
  const names = quoted(/"([^"]+)"/g, problem.message);
  const [first, second] = names;
  if (problem.code === 'REFERENCED_INACCESSIBLE' && first !== undefined && second !== undefined) {
    return {
      code: problem.code,
      message: `Public graph: "${second}" is tagged public but its type "${first}" is not. Tag ${first} ${TAG_HINT}, or remove the public tag from ${second}.`,
    };
  }
  if (problem.code === 'ONLY_INACCESSIBLE_CHILDREN' && first !== undefined) {
    return {
      code: problem.code,
      message: `Public graph: type "${first}" is in the public graph but none of its fields is. Tag the fields schools may read ${TAG_HINT}, or remove the public tag from ${first}.`,
    };
  }
  if (problem.code === 'IMPLEMENTED_BY_INACCESSIBLE' && first !== undefined && second !== undefined) {
    return {
      code: problem.code,
      message: `Public graph: "${first}" implements "${second}", which is tagged public, but is not tagged itself. Tag ${first} ${TAG_HINT} too.`,
    };
  }
  return { code: problem.code, message: `Public graph: ${problem.message}` };
}

export function composePublicSupergraph(subgraphs: SubgraphSource[]): PublicCompositionOutcome {
  const contract = publicContractSubgraphs(subgraphs);
  if (!contract.ok) return contract;
  if (contract.empty) return contract;
  const outcome = composeSupergraph(contract.subgraphs);
  if (!outcome.ok) return { ok: false, problems: outcome.problems.map(explainPublicProblem) };
  return { ...outcome, empty: false };
}
