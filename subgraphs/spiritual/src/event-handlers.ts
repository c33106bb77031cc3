// The events the spiritual domain consumes, registered on the bus before it starts.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { registerPrayerEventHandlers } from './prayer/event-handlers';

export function registerSpiritualEventHandlers(bus: EventBus, services: SubgraphServices): void {
  registerPrayerEventHandlers(bus, services);
}
