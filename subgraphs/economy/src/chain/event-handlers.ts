// The chain's consumers: every posted ledger transaction is queued for anchoring.
import type { SubgraphServices } from '../../../kit/src/context';
import type { EventBus } from '../../../kit/src/events';
import { queueLedgerAnchorHandler } from './anchor-queue';
import { chainConfigFromEnv } from './chain-config';

/** Consumer group of the chain anchoring handlers. */
export const CHAIN_EVENT_GROUP = 'economy-chain';

export function registerChainEventHandlers(bus: EventBus, services: SubgraphServices): void {
  const { custodyMnemonic } = chainConfigFromEnv(services.env);
  const queueLedgerAnchor = queueLedgerAnchorHandler(custodyMnemonic);
  bus.on(CHAIN_EVENT_GROUP, 'LedgerTransactionPosted', (event) => queueLedgerAnchor(services.prisma, event));
}
