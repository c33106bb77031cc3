// One client subscription, as the async iterator graphql-ws drains: upstream events wait in a bounded
// buffer and are completed (hydrated) one at a time, in arrival order, only when graphql-ws asks for
// the next one — so a slow client socket slows the draining, and the buffer is what fills up.
//
// An async generator would not do: its return() waits for the pending await, so a client's
// `complete` would not reach the subgraph until the next event. Here return() ends everything now.
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { SubscriptionEndedError, slowConsumer, upstreamUnavailable } from './bridge-errors';
import { executeEvent, type EventExecutionInput } from './event-execution';
import type { UpstreamPool } from './upstream-pool';

/** How a subscription ended, for metrics and logs. */
export type SubscriptionEnd = 'completed' | 'client' | 'refused' | 'upstream_error' | 'slow_consumer';

export interface BridgedSubscriptionOptions {
  upstream: UpstreamPool;
  execution: EventExecutionInput;
  /** Upstream events held while earlier ones are delivered; one more ends the subscription. */
  bufferSize: number;
  /** Told once, however the subscription ends. */
  onEnd: (end: SubscriptionEnd) => void;
  /** Told about each event delivered. */
  onEvent: () => void;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

function isFormattedErrors(value: unknown): value is GraphQLFormattedError[] {
  return Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'object' && entry !== null && 'message' in entry);
}

function pickVariables(variables: Record<string, unknown>, names: readonly string[] | undefined): Record<string, unknown> {
  return Object.fromEntries((names ?? []).filter((name) => name in variables).map((name) => [name, variables[name]]));
}

export class BridgedSubscription implements AsyncIterableIterator<ExecutionResult> {
  private readonly pending: FormattedExecutionResult[] = [];
  /** Set when no more events will come; delivered after the events already buffered. */
  private ending: { end: SubscriptionEnd; errors?: readonly GraphQLFormattedError[] } | undefined;
  private ended = false;
  private wake: (() => void) | undefined;
  private unsubscribe: () => void = () => undefined;

  constructor(private readonly options: BridgedSubscriptionOptions) {
    const { primary } = options.execution.planned;
    this.unsubscribe = options.upstream.subscribe(
      primary.serviceName,
      { query: primary.operation, operationName: primary.operationName, variables: pickVariables(options.execution.variables, primary.variableUsages) },
      {
        next: (result) => this.receive(result),
        error: (error) => this.finish('upstream_error', isFormattedErrors(error) ? error : [upstreamUnavailable(primary.serviceName)]),
        complete: () => this.finish('completed'),
      },
    );
  }

  async next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    for (;;) {
      if (this.ended) return DONE;
      const event = this.pending.shift();
      if (event !== undefined) {
        const result = await this.complete(event);
        return this.ended ? DONE : { done: false, value: result };
      }
      if (this.ending !== undefined) {
        const { end, errors } = this.ending;
        this.end(end);
        if (errors !== undefined) throw new SubscriptionEndedError(errors);
        return DONE;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    this.end('client');
    return DONE;
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult, undefined>> {
    this.end('client');
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private receive(result: FormattedExecutionResult): void {
    if (this.ended || this.ending !== undefined) return;
    // A result without `data` is the subgraph refusing the subscription itself (auth, bad arguments).
    if (!('data' in result) && result.errors !== undefined && result.errors.length > 0) {
      this.finish('refused', result.errors);
      return;
    }
    if (this.pending.length >= this.options.bufferSize) {
      // Ending frees the backlog at once; letting it grow would let one stalled client hold memory.
      this.pending.length = 0;
      this.finish('slow_consumer', [slowConsumer(this.options.bufferSize)]);
      return;
    }
    this.pending.push(result);
    this.wake?.();
  }

  private finish(end: SubscriptionEnd, errors?: readonly GraphQLFormattedError[]): void {
    if (this.ended || this.ending !== undefined) return;
    this.ending = { end, errors };
    // Nothing more is wanted from the subgraph (a no-op when it ended the subscription itself).
    this.unsubscribe();
    this.wake?.();
  }

  private async complete(event: FormattedExecutionResult): Promise<ExecutionResult> {
    try {
      const result = await executeEvent(this.options.execution, event);
      this.options.onEvent();
      return result;
    } catch (error) {
      // Reported on this event only; masked as INTERNAL (and logged) at the edge.
      return { data: null, errors: [new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined })] };
    }
  }

  private end(end: SubscriptionEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.pending.length = 0;
    this.unsubscribe();
    this.wake?.();
    this.options.onEnd(end);
  }
}
