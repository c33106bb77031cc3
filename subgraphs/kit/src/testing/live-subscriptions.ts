// Subscriptions for tests: a graphql-ws client to the gateway's subscription bridge, and a collector
// that lets tests wait for what arrived.
import type { GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { waitFor } from '../wait-for';

export type Result<TData> = FormattedExecutionResult<TData, { code?: string }>;

export interface LiveOperation<TData> {
  /** Every result received so far, in order. */
  readonly results: Result<TData>[];
  /** The data of every result without errors. */
  readonly data: TData[];
  /** Set when the server completed the operation or the socket failed. */
  readonly ended: boolean;
  /** Waits until at least `count` results arrived. */
  waitForResults(count: number, what?: string): Promise<Result<TData>[]>;
  /** Waits until the server ends the operation (e.g. after refusing it). */
  waitForEnd(): Promise<void>;
  /** Unsubscribes. */
  stop(): void;
}

export function subscribe<TData>(client: Client, query: string, variables: Record<string, unknown> = {}): LiveOperation<TData> {
  const results: Result<TData>[] = [];
  let ended = false;
  const stop = client.subscribe<TData, { code?: string }>(
    { query, variables },
    {
      next: (result) => void results.push(result),
      error: (error) => {
        // graphql-ws hands an `error` message's GraphQL errors over as an array; anything else is a socket failure.
        const errors: GraphQLFormattedError[] = Array.isArray(error) ? error : [{ message: error instanceof Error ? error.message : String(error) }];
        results.push({ errors });
        ended = true;
      },
      complete: () => {
        ended = true;
      },
    },
  );
  return {
    results,
    get data() {
      return results.filter((result) => result.errors === undefined && result.data).map((result) => result.data as TData);
    },
    get ended() {
      return ended;
    },
    waitForResults: (count, what = `${count} result(s)`) => waitFor(() => results.length >= count && results, { what }),
    waitForEnd: async () => {
      await waitFor(() => ended, { what: 'the operation to end' });
    },
    stop,
  };
}

/** The error codes of every result received. */
export function receivedErrorCodes(operation: LiveOperation<unknown>): (string | undefined)[] {
  return operation.results.flatMap((result) => (result.errors ?? []).map((error) => {
    const code = error.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }));
}

/** A graphql-ws client to the gateway's subscription bridge, signed in with `token` (anonymous when absent). */
export function connectToGateway(gatewayUrl: string, token?: string): Client {
  return createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
}
