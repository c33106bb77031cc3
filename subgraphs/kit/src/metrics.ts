// Prometheus metrics per server. Each server owns a registry, so several subgraphs in one process
// (embedded mode) report separately.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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
