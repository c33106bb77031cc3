// Resolvers behind the `authenticated` scope hand domain code the viewer with its type narrowed.
import type { SubgraphContext } from '../../../../kit/src/context';
import { requireSignedIn, type SignedInViewer } from '../../../../kit/src/signed-in';

/** The signed-in viewer; throws UNAUTHENTICATED for anonymous requests. */
export function signedInViewer(context: SubgraphContext): SignedInViewer {
  return requireSignedIn(context.viewer);
}

/** A user id that matches no row: "the viewer's own rows" of the anonymous are none. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export function viewerIdOrNobody(context: SubgraphContext): string {
  return context.viewer.kind === 'user' ? context.viewer.id : NOBODY;
}
