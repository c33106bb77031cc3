// The events the economy domain consumes, registered on the bus before it starts. Each area exports its
// handlers; this file is the one list.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { registerBadgeEventHandlers } from './badges/event-handlers';
import { registerChainEventHandlers } from './chain/event-handlers';
import { registerCommerceEventHandlers } from './commerce/event-handlers';
import { registerRewardEventHandlers } from './rewards/event-handlers';

export function registerEconomyEventHandlers(bus: EventBus, services: SubgraphServices): void {
  registerRewardEventHandlers(bus, services);
  registerCommerceEventHandlers(bus, services);
  registerChainEventHandlers(bus, services);
  registerBadgeEventHandlers(bus, services);
}
