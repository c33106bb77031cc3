// Sends the access token with every operation, and when the graph refuses a signed-in request as
// unauthenticated, renews the session once and retries the operation once. The gateway refuses a bad or
// expired token before running anything, with HTTP 401 (HttpLink raises it as a ServerError); a
// subgraph answers UNAUTHENTICATED in the result. Both are retried. A refused refresh signs out.
import { ApolloLink, ServerError } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';
import { refreshSession } from '../auth/refresh-session';
import { readSession } from '../auth/session-store';

const isUnauthenticated = (result: ApolloLink.Result) =>
  (result.errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');

const isRefusedToken = (error: unknown) => ServerError.is(error) && error.statusCode === 401;

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
    const sentToken = session.accessToken;
    return new Observable<ApolloLink.Result>((observer) => {
      let retried = false;
      let subscription: Subscription | undefined;
      // Another request may have renewed the session while this one was out: use that, else refresh.
      const retry = (giveUp: () => void) => {
        retried = true;
        subscription?.unsubscribe();
        const current = readSession();
        const renewed = current && current.accessToken !== sentToken ? Promise.resolve(current) : refreshSession(graphqlUrl);
        void renewed.then((next) => {
          if (!next) return giveUp();
          withToken(operation, next.accessToken);
          subscription = forward(operation).subscribe(observer);
        });
      };
      subscription = forward(operation).subscribe({
        next: (result) => {
          if (retried || !isUnauthenticated(result)) return observer.next(result);
          retry(() => {
            observer.next(result);
            observer.complete();
          });
        },
        error: (error: unknown) => {
          if (retried || !isRefusedToken(error)) return observer.error(error);
          retry(() => observer.error(error));
        },
        complete: () => {
          if (!retried) observer.complete();
        },
      });
      return () => subscription?.unsubscribe();
    });
  });
}
