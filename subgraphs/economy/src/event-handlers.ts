// The events the economy domain consumes, registered on the bus before it starts. Each area exports its
// handlers; this file is the one list.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';

export function registerEconomyEventHandlers(_bus: EventBus, _services: SubgraphServices): void {}
