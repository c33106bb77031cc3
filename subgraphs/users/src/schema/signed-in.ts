// Who may see a person's private fields; the signed-in id helper itself lives in the kit.
import type { SubgraphContext } from '../../../kit/src/context';

export { signedInUserId } from '../../../kit/src/signed-in';

/**
 * People who proved who they are inside this request (login, refresh): the viewer header still says
 * anonymous, yet the AuthPayload's user is them and may show their own private fields.
 */
function provenInRequest(context: SubgraphContext): Set<string> {
  return context.loader('users.provenInRequest', () => new Set<string>());
}

export function markProvenInRequest(context: SubgraphContext, userId: string): void {
  provenInRequest(context).add(userId);
}

/** True when the viewer is `userId` or a platform admin: the people who may see private fields. */
export function isSelfOrAdmin(context: SubgraphContext, userId: string): boolean {
  if (provenInRequest(context).has(userId)) return true;
  return context.viewer.kind === 'user' && (context.viewer.id === userId || context.viewer.roles.includes('admin'));
}
