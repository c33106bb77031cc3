// The bridge's Prometheus metrics, on the gateway's registry: gauges read live from the bridge at
// scrape time, counters for events and for why subscriptions ended or were refused.
import { Counter, Gauge, type Registry } from 'prom-client';

export interface SubscriptionBridgeStats {
  /** Client WebSockets open on this gateway. */
  clientSockets: number;
  /** Client subscriptions running (admitted and not yet ended). */
  subscriptions: number;
  /** WebSockets open from this gateway to subgraphs. */
  upstreamSockets: number;
}

/** Why the bridge turned a socket or an operation away. */
export type BridgeRefusalReason =
  | 'origin'
  | 'token_invalid'
  | 'token_expired'
  | 'subscriptions_per_socket'
  | 'gateway_at_capacity'
  | 'invalid_operation';

export interface BridgeMetrics {
  events: Counter<'service'>;
  ended: Counter<'service' | 'reason'>;
  refused: Counter<'service' | 'reason'>;
}

export function createBridgeMetrics(registry: Registry, service: string, stats: () => SubscriptionBridgeStats): BridgeMetrics {
  const gauge = (name: string, help: string, read: (current: SubscriptionBridgeStats) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['service'],
      registers: [registry],
      collect() {
        this.set({ service }, read(stats()));
      },
    });
  gauge('graphql_ws_client_sockets', 'Client WebSockets open on the subscription bridge', (current) => current.clientSockets);
  gauge('graphql_ws_subscriptions', 'Client subscriptions running through the bridge', (current) => current.subscriptions);
  gauge('graphql_ws_upstream_sockets', 'WebSockets open from the bridge to subgraphs', (current) => current.upstreamSockets);
  return {
    events: new Counter({ name: 'graphql_ws_events_total', help: 'Subscription events delivered to clients', labelNames: ['service'], registers: [registry] }),
    ended: new Counter({
      name: 'graphql_ws_subscriptions_ended_total',
      help: 'Subscriptions ended, by reason',
      labelNames: ['service', 'reason'],
      registers: [registry],
    }),
    refused: new Counter({
      name: 'graphql_ws_refusals_total',
      help: 'Sockets and operations the bridge refused, by reason',
      labelNames: ['service', 'reason'],
      registers: [registry],
    }),
  };
}

