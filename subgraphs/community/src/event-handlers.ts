// The events the community domain consumes, registered on the bus before it starts.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { registerChatEventHandlers } from './chat/event-handlers';
import { registerFeedEventHandlers } from './feed/event-handlers';

export function registerCommunityEventHandlers(bus: EventBus, services: SubgraphServices): void {
  registerChatEventHandlers(bus, services);
  registerFeedEventHandlers(bus, services);
}
