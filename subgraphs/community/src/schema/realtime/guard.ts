// The membership guard for a channel stream opened by the current viewer.
import type { Channel } from '../../../../kit/src/db';
import type { SubgraphContext } from '../../../../kit/src/context';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { hasRole } from '../../../../kit/src/viewer';
import type { MembershipGuard } from '../../realtime/membership-guard';

export function membershipGuardFor(context: SubgraphContext, channel: Pick<Channel, 'id' | 'kind'>): MembershipGuard {
  return {
    pubsub: context.pubsub,
    channelId: channel.id,
    userId: signedInUserId(context),
    enforce: channel.kind !== 'public' && !hasRole(context.viewer, 'admin'),
  };
}
