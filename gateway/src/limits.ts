// Validation rules that refuse operations too deep or too wide to be an honest client's, before any
// subgraph is asked. Apollo Server reports them as GRAPHQL_VALIDATION_FAILED.
import { GraphQLError, MaxIntrospectionDepthRule, type ValidationRule } from 'graphql';
import { measureOperation } from './operation-shape';

/** Deepest field nesting an operation may have. */
export const MAX_QUERY_DEPTH = 12;
/** Most aliased fields one operation may resolve (aliases multiply work cheaply). */
export const MAX_ALIASES = 30;

function operationLabel(name: string | undefined): string {
  return name === undefined ? 'This operation' : `Operation "${name}"`;
}

export function depthLimitRule(maxDepth: number = MAX_QUERY_DEPTH): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const { depth } = measureOperation(operation, (name) => context.getFragment(name));
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(
            `${operationLabel(operation.name?.value)} nests fields ${depth} levels deep; the limit is ${maxDepth}. Ask for fewer nested fields or split it into several operations.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  });
}

export function aliasLimitRule(maxAliases: number = MAX_ALIASES): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const { aliases } = measureOperation(operation, (name) => context.getFragment(name));
      if (aliases > maxAliases) {
        context.reportError(
          new GraphQLError(
            `${operationLabel(operation.name?.value)} uses ${aliases} aliases; the limit is ${maxAliases}. Split it into several operations.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  });
}

/** Every limit the gateway validates operations against. */
export function operationLimitRules(): ValidationRule[] {
  // Introspection is exempt from the depth limit; this rule stops its own cyclic nesting instead.
  return [depthLimitRule(), aliasLimitRule(), MaxIntrospectionDepthRule];
}
