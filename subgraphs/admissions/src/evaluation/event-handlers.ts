// Events the evaluation area consumes: the tutor's suggested scoring of a spiritual evaluation.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';
import { SPIRITUAL_EVALUATION_DRAFTED, STORE_SPIRITUAL_DRAFT_HANDLER, handleSpiritualEvaluationDrafted } from './store-draft';

export function registerEvaluationEventHandlers(bus: EventBus, services: SubgraphServices): void {
  bus.on(`admissions.${STORE_SPIRITUAL_DRAFT_HANDLER}`, SPIRITUAL_EVALUATION_DRAFTED, (event) => handleSpiritualEvaluationDrafted(services.prisma, event));
}
