// Events the learning area consumes.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';

export function registerLearningEventHandlers(_bus: EventBus, _services: SubgraphServices): void {}
