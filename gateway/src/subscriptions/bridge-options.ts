// Tunables of the subscription bridge. Every limit has a production default; tests shrink them.

export interface SubscriptionBridgeLimits {
  /** How long a client may take to send `connection_init` before the socket is closed with 4408. @default 10000 */
  connectionInitTimeoutMs?: number;
  /** Upstream events one subscription may hold while earlier ones are still being delivered. @default 256 */
  bufferSize?: number;
  /** Subscriptions one client socket may run at once. @default 50 */
  maxSubscriptionsPerSocket?: number;
  /** Subscriptions the whole gateway process may run at once. @default 10000 */
  maxSubscriptions?: number;
  /** Reconnection attempts to a subgraph that went away, before its subscriptions end with an error. @default 30 */
  upstreamRetryAttempts?: number;
  /** Wait before the first reconnection attempt; it doubles per attempt, with jitter. @default 250 */
  upstreamRetryInitialDelayMs?: number;
  /** Longest wait between reconnection attempts. @default 10000 */
  upstreamRetryMaxDelayMs?: number;
  /** Largest WebSocket message a client may send. @default 262144 (256 KiB) */
  maxMessageBytes?: number;
  /** How long stop() waits for client sockets to finish their close handshake before cutting them. @default 2000 */
  closeGraceMs?: number;
}

export type ResolvedBridgeLimits = Required<SubscriptionBridgeLimits>;

export const DEFAULT_BRIDGE_LIMITS: ResolvedBridgeLimits = {
  connectionInitTimeoutMs: 10_000,
  bufferSize: 256,
  maxSubscriptionsPerSocket: 50,
  maxSubscriptions: 10_000,
  upstreamRetryAttempts: 30,
  upstreamRetryInitialDelayMs: 250,
  upstreamRetryMaxDelayMs: 10_000,
  maxMessageBytes: 256 * 1024,
  closeGraceMs: 2_000,
};

export function resolveBridgeLimits(limits: SubscriptionBridgeLimits = {}): ResolvedBridgeLimits {
  const resolved: ResolvedBridgeLimits = { ...DEFAULT_BRIDGE_LIMITS };
  for (const key of Object.keys(DEFAULT_BRIDGE_LIMITS) as (keyof ResolvedBridgeLimits)[]) {
    const value = limits[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || (key !== 'closeGraceMs' && value === 0)) {
      throw new Error(`Subscription bridge option ${key} must be a positive number, got ${value}`);
    }
    resolved[key] = value;
  }
  return resolved;
}
