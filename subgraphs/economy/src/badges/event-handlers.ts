// The badge consumers: a completed course issues its badge.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';
import { chainConfigFromEnv } from '../chain/chain-config';
import { publicUrlFrom } from '../chain/chain-runtime';
import { issueCourseBadgeHandler } from './issue-badge';

/** Consumer group of the badge handlers. */
export const BADGE_EVENT_GROUP = 'economy-badges';

export function registerBadgeEventHandlers(bus: EventBus, services: SubgraphServices): void {
  const issueCourseBadge = issueCourseBadgeHandler({ custodyMnemonic: chainConfigFromEnv(services.env).custodyMnemonic, publicUrl: publicUrlFrom(services.env) });
  bus.on(BADGE_EVENT_GROUP, 'CourseCompleted', (event) => issueCourseBadge(services.prisma, event));
}
