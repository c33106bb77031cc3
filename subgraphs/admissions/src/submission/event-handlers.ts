// Events the submission area consumes.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';
import { APPLICATION_FEE_PAID } from './fee-events';
import { FEE_PAID_HANDLER, handleApplicationFeePaid } from './record-fee-paid';

export function registerSubmissionEventHandlers(bus: EventBus, services: SubgraphServices): void {
  bus.on(`admissions.${FEE_PAID_HANDLER}`, APPLICATION_FEE_PAID, (event) => handleApplicationFeePaid(services.prisma, event));
}
