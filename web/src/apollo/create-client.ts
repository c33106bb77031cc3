// The one Apollo Client of the app: queries and mutations over HTTP (hash-first, as persisted queries),
// subscriptions over graphql-ws, both to the gateway on this origin. The WebSocket sends the access
// token in connection_init and reconnects with the new one after a sign-in, refresh or sign-out.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { OperationTypeNode } from 'graphql';
import { onSessionChange, readSession } from '../auth/session-store';
import { createAuthRetryLink } from './auth-retry-link';
import { createPersistedQueryLink } from './persisted-query-link';

export function createApolloClient(origin: string = window.location.origin): ApolloClient {
  const graphqlUrl = `${origin}/graphql`;
  const wsClient = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    connectionParams: () => {
      const token = readSession()?.accessToken;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    lazy: true,
    retryAttempts: Infinity,
  });
  // A different person (or nobody) now: reconnect so subscriptions run as them.
  onSessionChange(() => wsClient.terminate());

  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
  };
  const link = ApolloLink.split(isSubscription, new GraphQLWsLink(wsClient), ApolloLink.from([createAuthRetryLink(graphqlUrl), createPersistedQueryLink(), new HttpLink({ uri: graphqlUrl })]));
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
