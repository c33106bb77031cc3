// Events the assessment area consumes.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';

export function registerAssessmentEventHandlers(_bus: EventBus, _services: SubgraphServices): void {}
