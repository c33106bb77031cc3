// The signed-in viewer's id for domain code, which receives the viewer rather than the context.
import { unauthenticated } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';

export function signedInId(viewer: Viewer): string {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to do this.');
  return viewer.id;
}
