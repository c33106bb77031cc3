// Composes subgraph SDLs into the supergraph the gateway serves and the API schema clients see.
// Pure: takes SDL text, returns text or errors, so tests compose small inline subgraphs.
import { composeServices } from '@apollo/composition';
import { GraphQLError, parse, printSchema } from 'graphql';

export interface SubgraphSource {
  name: string;
  /** Routing URL written into the supergraph (the gateway may override it at start). */
  url: string;
  sdl: string;
}

export interface CompositionProblem {
  /** Composition error code (e.g. INVALID_FIELD_SHARING) or PARSE_FAILED for unreadable SDL. */
  code: string;
  message: string;
}

export type CompositionOutcome =
  | { ok: true; supergraphSdl: string; apiSchemaSdl: string; hints: string[] }
  | { ok: false; problems: CompositionProblem[] };

function problemFrom(error: GraphQLError, fallbackCode: string): CompositionProblem {
  const code = error.extensions.code;
  return { code: typeof code === 'string' ? code : fallbackCode, message: error.message };
}

export function composeSupergraph(subgraphs: SubgraphSource[]): CompositionOutcome {
  const problems: CompositionProblem[] = [];
  const services = subgraphs.flatMap((subgraph) => {
    try {
      return [{ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) }];
    } catch (error) {
      // A syntax error would otherwise surface as one opaque exception; say which subgraph it is in.
      const message = error instanceof Error ? error.message : String(error);
      problems.push({ code: 'PARSE_FAILED', message: `[${subgraph.name}] ${message}` });
      return [];
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  const result = composeServices(services);
  if (result.errors !== undefined) {
    return { ok: false, problems: result.errors.map((error) => problemFrom(error, 'COMPOSITION_FAILED')) };
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: printSchema(apiSchema),
    hints: result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`),
  };
}

/** One problem per line with its code first, so CI logs can be grepped by code. */
export function formatProblems(problems: CompositionProblem[]): string {
  return problems.map((problem) => `  ${problem.code}: ${problem.message.replace(/\n/g, '\n    ')}`).join('\n');
}
