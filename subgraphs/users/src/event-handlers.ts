// The events the users domain consumes, registered on the bus before it starts.
import type { SubgraphServices } from '../../kit/src/context';
import type { EventBus } from '../../kit/src/events';
import { registerPersonMailDelivery } from './mail/deliver-person-mail';
import { registerAdmissionHandlers } from './admitted-students';

export function registerUsersEventHandlers(bus: EventBus, services: SubgraphServices): void {
  registerPersonMailDelivery(bus, services);
  registerAdmissionHandlers(bus, services);
}
