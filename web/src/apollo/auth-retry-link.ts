// Sends the access token with every operation, and when the graph answers UNAUTHENTICATED to a signed-in
// request, refreshes the session once and retries the operation once. A refused refresh signs out.
import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { refreshSession } from '../auth/refresh-session';
import { readSession } from '../auth/session-store';

const isUnauthenticated = (result: ApolloLink.Result) =>
  (result.errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');

function withToken(operation: ApolloLink.Operation, token: string | undefined): void {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  }));
}

export function createAuthRetryLink(graphqlUrl: string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const session = readSession();
    withToken(operation, session?.accessToken);
    if (!session) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let retried = false;
      let subscription = forward(operation).subscribe({
        next: (result) => {
          if (retried || !isUnauthenticated(result)) return observer.next(result);
          retried = true;
          subscription.unsubscribe();
          void refreshSession(graphqlUrl).then((next) => {
            if (!next) return observer.next(result);
            withToken(operation, next.accessToken);
            subscription = forward(operation).subscribe(observer);
          });
        },
        error: (error: unknown) => observer.error(error),
        complete: () => {
          if (!retried) observer.complete();
        },
      });
      return () => subscription.unsubscribe();
    });
  });
}
