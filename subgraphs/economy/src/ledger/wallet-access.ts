// Who may see a wallet: its owner and admins. Parents are refused for now: the economy keeps no mirror
// of users' parent links (that would need a table of its own), and it must not read users' tables.
import { forbidden } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { hasRole, type Viewer } from '../../../kit/src/viewer';

export function maySeeWallet(viewer: Viewer, ownerId: string): boolean {
  return viewer.kind === 'user' && (viewer.id.toLowerCase() === ownerId.toLowerCase() || hasRole(viewer, 'admin'));
}

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN for anyone but the owner and admins. */
export function assertMaySeeWallet(viewer: Viewer, ownerId: string): void {
  signedInViewerId(viewer);
  if (!maySeeWallet(viewer, ownerId)) throw forbidden('Only the wallet’s owner and admins see a wallet.');
}
