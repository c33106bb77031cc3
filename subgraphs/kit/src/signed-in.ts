// Resolvers behind the `authenticated` scope, and the domain code they call, still need the viewer's
// id with its type narrowed.
import type { SubgraphContext } from './context';
import { unauthenticated } from './errors';
import type { Viewer } from './viewer';

export type SignedInViewer = Extract<Viewer, { kind: 'user' }>;

/** The viewer narrowed to a signed-in person; throws UNAUTHENTICATED for anonymous requests. */
export function requireSignedIn(viewer: Viewer): SignedInViewer {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to do this.');
  return viewer;
}

/** The signed-in viewer's id; throws UNAUTHENTICATED for anonymous requests. */
export function signedInViewerId(viewer: Viewer): string {
  return requireSignedIn(viewer).id;
}

/** The signed-in viewer's id from a resolver's context; throws UNAUTHENTICATED for anonymous requests. */
export function signedInUserId(context: Pick<SubgraphContext, 'viewer'>): string {
  return signedInViewerId(context.viewer);
}
