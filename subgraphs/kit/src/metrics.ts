// Prometheus metrics per server. Each server owns a registry, so several subgraphs in one process
// (embedded mode) report separately.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { codeOf } from './errors';

export interface GraphQLMetrics {
  registry: Registry;
  requests: Counter<'service' | 'operation_type'>;
  duration: Histogram<'service' | 'operation_type'>;
  errors: Counter<'service' | 'code'>;
}

export function createGraphQLMetrics(service: string, options: { defaultMetrics?: boolean } = {}): GraphQLMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations handled',
      labelNames: ['service', 'operation_type'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operation latency',
      labelNames: ['service', 'operation_type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors returned, by code',
      labelNames: ['service', 'code'],
      registers: [registry],
    }),
  };
}

/** Counts each operation, its latency and its errors by code under `service`. */
export function graphQLMetricsPlugin<TContext extends BaseContext>(metrics: GraphQLMetrics, service: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(requestContext) {
          const operationType = requestContext.operation?.operation ?? 'unknown';
          metrics.requests.inc({ service, operation_type: operationType });
          metrics.duration.observe({ service, operation_type: operationType }, Number(process.hrtime.bigint() - started) / 1e9);
          for (const error of requestContext.errors ?? []) {
            metrics.errors.inc({ service, code: codeOf(error) ?? 'INTERNAL' });
          }
        },
      };
    },
  };
}
