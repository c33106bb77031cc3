// Events the feed area consumes.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';

export function registerFeedEventHandlers(_bus: EventBus, _services: SubgraphServices): void {}
