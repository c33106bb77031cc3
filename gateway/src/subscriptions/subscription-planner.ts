// Turns a client's subscription into what the bridge runs: the validated document, the operation
// context Apollo's executor needs, and the query plan split into `primary` (the fetch the owning
// subgraph answers, once per event) and `rest` (the entity fetches that hydrate other subgraphs'
// fields). Plans are cached per document text, as Apollo Gateway caches query plans.
import { buildOperationContext } from '@apollo/gateway';
import { Supergraph, operationFromDocument, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { devOnlyFieldsRule } from '../dev-only-fields-rule';
import { operationLimitRules } from '../limits';
import { onlySubscriptions, withCode } from './bridge-errors';

export type OperationContext = ReturnType<typeof buildOperationContext>;

export interface PlannedSubscription {
  /** The client's query text, as sent. */
  query: string;
  document: DocumentNode;
  operationName?: string;
  operation: OperationDefinitionNode;
  operationContext: OperationContext;
  /** The fetch sent to the owning subgraph as a subscription; each event answers it. */
  primary: FetchNode;
  /** Fetches that complete each event with fields other subgraphs own. */
  rest?: PlanNode;
}

export type Preparation = { ok: true; planned: PlannedSubscription } | { ok: false; errors: GraphQLError[] };

/** Distinct documents whose plans are kept; a client cycling through more only costs re-planning. */
const PLAN_CACHE_SIZE = 500;

export class SubscriptionPlanner {
  /** The schema clients see (graphql-js form), for validation. */
  readonly apiSchema: GraphQLSchema;
  /** The API schema in federation's own model, for Apollo's executor. */
  readonly federationApiSchema: Schema;
  /** The full supergraph schema, for Apollo's executor. */
  readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  private readonly rules: readonly ValidationRule[];
  private readonly production: boolean;
  private readonly plans = new Map<string, PlannedSubscription>();

  constructor(supergraphSdl: string, options: { production: boolean }) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.federationApiSchema = supergraph.apiSchema();
    this.apiSchema = this.federationApiSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
    this.production = options.production;
    // The same limits HTTP operations are held to (limits.ts), plus production's hidden fields.
    this.rules = [...specifiedRules, ...operationLimitRules(), ...(options.production ? [devOnlyFieldsRule] : [])];
  }

  prepare(query: string, operationName: string | undefined, variables: Record<string, unknown> | undefined): Preparation {
    const key = `${operationName ?? ''}\n${query}`;
    let planned = this.plans.get(key);
    if (planned === undefined) {
      const outcome = this.plan(query, operationName);
      if (!outcome.ok) return outcome;
      planned = outcome.planned;
      if (this.plans.size >= PLAN_CACHE_SIZE) this.plans.delete(this.plans.keys().next().value ?? '');
      this.plans.set(key, planned);
    }
    const coerced = getVariableValues(this.apiSchema, planned.operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors !== undefined) return { ok: false, errors: coerced.errors.map((error) => withCode(error, 'BAD_USER_INPUT')) };
    return { ok: true, planned };
  }

  private plan(query: string, operationName: string | undefined): Preparation {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      if (error instanceof GraphQLError) return { ok: false, errors: [withCode(error, 'GRAPHQL_PARSE_FAILED')] };
      throw error;
    }
    const operation = getOperationAST(document, operationName);
    if (!operation) {
      const message = operationName === undefined ? 'Name the operation to run: the document holds several.' : `The document has no operation named "${operationName}".`;
      return { ok: false, errors: [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })] };
    }
    if (operation.operation !== 'subscription') return { ok: false, errors: [onlySubscriptions()] };
    const invalid = validate(this.apiSchema, document, this.rules);
    if (invalid.length > 0) return { ok: false, errors: invalid.map((error) => withCode(this.hideSuggestions(error), 'GRAPHQL_VALIDATION_FAILED')) };

    const plan = this.planner.buildQueryPlan(operationFromDocument(this.federationApiSchema, document, { operationName, validate: false }));
    if (plan.node?.kind !== 'Subscription') {
      return {
        ok: false,
        errors: [new GraphQLError('This subscription cannot be served: subscribe to one field without conditions on it.', { extensions: { code: 'BAD_REQUEST' } })],
      };
    }
    return {
      ok: true,
      planned: {
        query,
        document,
        operationName,
        operation,
        operationContext: buildOperationContext({ schema: this.apiSchema, operationDocument: document, operationName }),
        primary: plan.node.primary,
        rest: plan.node.rest,
      },
    };
  }

  /** In production, "Did you mean …?" would map the schema for someone without introspection (as on HTTP). */
  private hideSuggestions(error: GraphQLError): GraphQLError {
    if (!this.production) return error;
    const message = error.message.replace(/ ?Did you mean .+\?$/, '');
    return message === error.message ? error : new GraphQLError(message, { nodes: error.nodes, extensions: error.extensions });
  }
}
