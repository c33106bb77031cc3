// Refuses operations that would cost more than a request may (see operation-cost.ts), before any
// subgraph is asked. Page sizes given by variables count at the largest page, so what passes here
// stays within the limit whatever the variables turn out to be (their pages are capped later).
import { GraphQLError, type ValidationRule } from 'graphql';
import { operationCost, type CostOptions } from './operation-cost';

const numbers = new Intl.NumberFormat('en-US');

export function costLimitRule(maxCost: number, options: Omit<CostOptions, 'variables'>): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), operation, (name) => context.getFragment(name), options);
      if (cost <= maxCost) return;
      const label = operation.name === undefined ? 'This operation' : `Operation "${operation.name.value}"`;
      context.reportError(
        new GraphQLError(
          `${label} costs ${numbers.format(cost)}; the limit is ${numbers.format(maxCost)} per request. Ask for smaller pages (first/last), fewer nested lists, or split it into several requests.`,
          { nodes: [operation] },
        ),
      );
    },
  });
}
