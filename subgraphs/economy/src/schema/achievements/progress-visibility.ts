// Who sees a person's progress (achievements and XP): the person and admins. Checked in the resolver
// for every User, because `_entities` reaches these fields without passing a root field's guard.
import type { SubgraphContext } from '../../../../kit/src/context';
import { forbidden } from '../../../../kit/src/errors';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { hasRole } from '../../../../kit/src/viewer';

export function assertMayViewProgress(context: Pick<SubgraphContext, 'viewer'>, userId: string): void {
  if (signedInUserId(context) === userId || hasRole(context.viewer, 'admin')) return;
  throw forbidden('Only the person and administrators see their achievements and experience.');
}
