// The event bus contract and its options, shared by the Redis and in-process implementations.
import type { PrismaClient } from '../db';
import type { Logger } from '../logger';
import type { DeadLetter, EventHandler } from './domain-event';

export interface EventBus {
  /** Runs `handler` for every `type` event; each group gets every event once (competing consumers within a group). */
  on(group: string, type: string, handler: EventHandler): void;
  /** Starts relaying the outboxes and consuming. Register handlers first. */
  start(): Promise<void>;
  /** Stops after in-flight work finishes and releases connections. */
  stop(): Promise<void>;
  /** Relays one batch per domain now; returns how many events were marked published. For tests and scripts. */
  relayOnce(): Promise<number>;
}

export interface EventBusOptions {
  prisma: PrismaClient;
  /** Domains whose outbox this process relays. May be empty for a consumer-only process. */
  domains: string[];
  /** redis:// URL; without it the bus runs in-process over the outbox tables (embedded mode). */
  redisUrl?: string;
  logger: Logger;
  /** Failed deliveries of one event to one group before it is dead-lettered. @default 5 */
  maxDeliveries?: number;
  /** Pause between outbox polls when the last poll found nothing. @default 200 */
  pollIntervalMs?: number;
  /** How long a failed delivery waits before it is retried. @default 1000 */
  retryDelayMs?: number;
  /** Outbox rows relayed per domain per round. @default 100 */
  batchSize?: number;
  /** Prefix of the Redis stream and keys. @default "scrollforge:" */
  keyPrefix?: string;
  /** Approximate length the Redis stream is trimmed to; a group lagging further behind loses the oldest entries. @default 100000 */
  streamMaxLength?: number;
  /** Told about every dead-lettered event (after it is logged). */
  onDeadLetter?: (letter: DeadLetter) => void;
}

export const BUS_DEFAULTS = {
  maxDeliveries: 5,
  pollIntervalMs: 200,
  retryDelayMs: 1000,
  batchSize: 100,
  keyPrefix: 'scrollforge:',
  streamMaxLength: 100_000,
} as const;

export type ResolvedBusOptions = EventBusOptions & Required<Omit<EventBusOptions, 'redisUrl' | 'onDeadLetter'>>;

export function resolveBusOptions(options: EventBusOptions): ResolvedBusOptions {
  const resolved = {
    ...options,
    maxDeliveries: options.maxDeliveries ?? BUS_DEFAULTS.maxDeliveries,
    pollIntervalMs: options.pollIntervalMs ?? BUS_DEFAULTS.pollIntervalMs,
    retryDelayMs: options.retryDelayMs ?? BUS_DEFAULTS.retryDelayMs,
    batchSize: options.batchSize ?? BUS_DEFAULTS.batchSize,
    keyPrefix: options.keyPrefix ?? BUS_DEFAULTS.keyPrefix,
    streamMaxLength: options.streamMaxLength ?? BUS_DEFAULTS.streamMaxLength,
  };
  if (!Number.isInteger(resolved.maxDeliveries) || resolved.maxDeliveries < 1) {
    throw new Error(`maxDeliveries must be a positive integer, got ${resolved.maxDeliveries}`);
  }
  return resolved;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
