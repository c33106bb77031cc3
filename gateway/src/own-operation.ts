// Runs one GraphQL operation on the gateway's own Apollo Server, so routes outside /graphql (calendar
// feeds, badge metadata, Stripe webhooks, the test checkout) reach subgraphs planned and signed like any
// other request. Answers the data, or the first error's code and message.
import type { ApolloServer } from '@apollo/server';
import type { GatewayContext } from './context';

export interface OwnOperationResult<T> {
  data: T | null;
  /** The first error, with its `extensions.code` (INTERNAL when it has none); null without errors. */
  error: { code: string; message: string } | null;
  /** Every error message, for logs. */
  messages: string[];
}

export async function runOwnOperation<T>(
  apollo: ApolloServer<GatewayContext>,
  query: string,
  variables: Record<string, unknown>,
  context: GatewayContext,
): Promise<OwnOperationResult<T>> {
  const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('A gateway route’s own operation answered incrementally.');
  const { data, errors } = response.body.singleResult;
  const first = errors?.[0];
  return {
    data: data ?? null,
    error: first === undefined ? null : { code: typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL', message: first.message },
    messages: (errors ?? []).map((error) => error.message),
  };
}
