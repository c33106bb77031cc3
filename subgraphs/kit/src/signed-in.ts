// Resolvers behind the `authenticated` scope still need the viewer's id with its type narrowed.
import type { SubgraphContext } from './context';
import { unauthenticated } from './errors';

/** The signed-in viewer's id; throws UNAUTHENTICATED for anonymous requests. */
export function signedInUserId(context: Pick<SubgraphContext, 'viewer'>): string {
  if (context.viewer.kind !== 'user') throw unauthenticated('Sign in to do this.');
  return context.viewer.id;
}
