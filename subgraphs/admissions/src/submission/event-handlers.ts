// Events the submission area consumes.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';

export function registerSubmissionEventHandlers(_bus: EventBus, _services: SubgraphServices): void {}
