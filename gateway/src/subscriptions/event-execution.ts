// Completes one subscription event with Apollo Gateway's own executor. The plan run per event is
// `Sequence(primary, rest)`: `primary` is answered from the event the owning subgraph pushed, and
// `rest` fetches the other subgraphs' fields through batched `_entities` calls signed like any HTTP
// operation's. Result shaping (aliases, __typename, nullability) is the executor's, as on HTTP.
import { executeQueryPlan, type GraphQLDataSource, type GraphQLDataSourceProcessOptions, type ServiceMap } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import type { Logger } from '@scrollforge/kit/src/logger';
import type { GatewayContext } from '../context';
import type { PlannedSubscription, SubscriptionPlanner } from './subscription-planner';

type GatewayRequestContext = Parameters<typeof executeQueryPlan>[2];

/** The operation sent upstream is answered from the event; every other fetch goes to its subgraph. */
class EventDataSource implements GraphQLDataSource {
  constructor(
    private readonly primaryOperation: string,
    private readonly event: FormattedExecutionResult,
    private readonly subgraph: GraphQLDataSource | undefined,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions) {
    if (options.request.query === this.primaryOperation) {
      return { data: this.event.data ?? null, ...(this.event.errors ? { errors: this.event.errors } : {}) };
    }
    if (this.subgraph === undefined) throw new Error('The subgraph of this subscription has no data source');
    return this.subgraph.process(options);
  }
}

/** Apollo's executor never reads the request cache; an empty one satisfies the type. */
const noCache = {
  get: async () => undefined,
  set: async () => undefined,
  delete: async () => true,
};

function apolloLogger(logger: Logger) {
  return {
    debug: (message: unknown) => logger.debug(String(message)),
    info: (message: unknown) => logger.debug(String(message)),
    warn: (message: unknown) => logger.warn(String(message)),
    error: (message: unknown) => logger.error(String(message)),
  };
}

export interface EventExecutionInput {
  planner: SubscriptionPlanner;
  planned: PlannedSubscription;
  variables: Record<string, unknown>;
  /** Subgraph data sources by name (signed, like the HTTP path's). */
  dataSources: ReadonlyMap<string, GraphQLDataSource>;
  context: GatewayContext;
}

export async function executeEvent(input: EventExecutionInput, event: FormattedExecutionResult): Promise<ExecutionResult> {
  const { planner, planned, variables, dataSources, context } = input;
  const { primary, rest } = planned;
  const serviceMap: ServiceMap = Object.fromEntries(dataSources);
  serviceMap[primary.serviceName] = new EventDataSource(primary.operation, event, dataSources.get(primary.serviceName));
  const plan: QueryPlan = { kind: 'QueryPlan', node: rest === undefined ? primary : { kind: 'Sequence', nodes: [primary, rest] } };
  const requestContext: GatewayRequestContext = {
    request: { query: planned.query, operationName: planned.operationName, variables },
    context,
    logger: apolloLogger(context.logger),
    schema: planner.apiSchema,
    // Only usage reporting reads these; the bridge reports none.
    schemaHash: '' as GatewayRequestContext['schemaHash'],
    queryHash: '',
    cache: noCache,
    document: planned.document,
    source: planned.query,
    operationName: planned.operationName ?? null,
    operation: planned.operation,
    metrics: {},
    overallCachePolicy: undefined,
  };
  return executeQueryPlan(plan, serviceMap, requestContext, planned.operationContext, planner.supergraphSchema, planner.federationApiSchema);
}
