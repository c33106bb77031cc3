// Events the chat area consumes.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';

export function registerChatEventHandlers(_bus: EventBus, _services: SubgraphServices): void {}
