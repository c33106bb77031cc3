// How much one request to the public graph may ask for. Schools' integrations are machines, so the
// limits are tighter than the app's own graph and every one is checked before a subgraph is asked.
import { MaxIntrospectionDepthRule, type ValidationRule } from 'graphql';
import { aliasLimitRule, depthLimitRule } from '../limits';
import { costLimitRule } from './cost-limit-rule';
import { noSubscriptionsRule } from './no-subscriptions-rule';
import type { CostOptions } from './operation-cost';
import { pageSizeRule } from './page-size';

/** Deepest field nesting a public operation may have. */
export const PUBLIC_MAX_DEPTH = 8;
/** Most aliased fields one public operation may resolve. */
export const PUBLIC_MAX_ALIASES = 10;
/** Largest `first`/`last` a public list accepts. */
export const PUBLIC_MAX_PAGE_SIZE = 50;
/** Size a list without `first`/`last` is assumed to have when costing an operation. */
export const PUBLIC_ASSUMED_LIST_SIZE = 20;
/** Most a single public request may cost (see operation-cost.ts). */
export const PUBLIC_MAX_COST = 5_000;

/** How public operations are costed; `variables` are added once a request's values are known. */
export const PUBLIC_COST_OPTIONS: Omit<CostOptions, 'variables'> = {
  assumedListSize: PUBLIC_ASSUMED_LIST_SIZE,
  unknownPageSize: PUBLIC_MAX_PAGE_SIZE,
};

export function publicGraphValidationRules(): ValidationRule[] {
  return [
    noSubscriptionsRule,
    depthLimitRule(PUBLIC_MAX_DEPTH),
    aliasLimitRule(PUBLIC_MAX_ALIASES),
    // Introspection is exempt from the depth limit; this rule stops its own cyclic nesting instead.
    MaxIntrospectionDepthRule,
    pageSizeRule(PUBLIC_MAX_PAGE_SIZE),
    costLimitRule(PUBLIC_MAX_COST, PUBLIC_COST_OPTIONS),
  ];
}
