// The errors the bridge itself answers with. Codes come from the platform's stable set (plus the
// protocol codes graphql-js and Apollo use), so the edge's masking lets them through unchanged.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Why a subscription was refused or ended by the bridge; sent as `extensions.reason`. */
export type BridgeRefusal = 'SUBSCRIPTIONS_PER_SOCKET' | 'GATEWAY_AT_CAPACITY' | 'SLOW_CONSUMER';

export function tooManySubscriptionsOnSocket(limit: number): GraphQLError {
  return new GraphQLError(
    `This connection already runs ${limit} subscriptions, the most one connection may run. Complete one before starting another.`,
    { extensions: { code: 'RATE_LIMITED', reason: 'SUBSCRIPTIONS_PER_SOCKET' satisfies BridgeRefusal, limit } },
  );
}

export function gatewayAtCapacity(): GraphQLError {
  return new GraphQLError('The server is running as many subscriptions as it can. Try again in a minute.', {
    extensions: { code: 'RATE_LIMITED', reason: 'GATEWAY_AT_CAPACITY' satisfies BridgeRefusal, retryAfter: 60 },
  });
}

export function slowConsumer(bufferSize: number): GraphQLFormattedError {
  return {
    message: `This subscription fell ${bufferSize} events behind and was ended. Subscribe again, and read events faster or ask for fewer fields.`,
    extensions: { code: 'RATE_LIMITED', reason: 'SLOW_CONSUMER' satisfies BridgeRefusal, bufferSize },
  };
}

export function onlySubscriptions(): GraphQLError {
  return new GraphQLError('Only subscriptions are served over WebSocket. Send queries and mutations as HTTP POST to /graphql.', {
    extensions: { code: 'BAD_REQUEST' },
  });
}

export function upstreamUnavailable(subgraph: string): GraphQLFormattedError {
  return {
    message: `The ${subgraph} service stopped serving this subscription and could not be reached again. Subscribe again later.`,
    extensions: { code: 'INTERNAL' },
  };
}

export function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/**
 * Thrown out of a subscription's iterator to end it with an `error` message; carries the errors
 * already in wire form (graphql-ws hands it back to the bridge's onError hook).
 */
export class SubscriptionEndedError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0]?.message ?? 'The subscription ended with an error.');
  }
}
