// Counts operations, their latency and their errors by code, as the subgraphs do, under service="gateway".
import type { ApolloServerPlugin } from '@apollo/server';
import { codeOf } from '@scrollforge/kit/src/errors';
import type { GraphQLMetrics } from '@scrollforge/kit/src/metrics';
import type { GatewayContext } from './context';

export const GATEWAY_SERVICE = 'gateway';

export function metricsPlugin(metrics: GraphQLMetrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(requestContext) {
          const operationType = requestContext.operation?.operation ?? 'unknown';
          metrics.requests.inc({ service: GATEWAY_SERVICE, operation_type: operationType });
          metrics.duration.observe(
            { service: GATEWAY_SERVICE, operation_type: operationType },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
          for (const error of requestContext.errors ?? []) {
            metrics.errors.inc({ service: GATEWAY_SERVICE, code: codeOf(error) ?? 'INTERNAL' });
          }
        },
      };
    },
  };
}
