// LedgerTransactionPosted → one queued ChainAnchor per ledger transaction, with the addresses it moves
// between resolved (and custodial ones allocated) now, so the worker only signs and sends.
import { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import { serviceLogger } from '../../../kit/src/logger';
import { planLedgerAnchor } from './anchor-plan';
import { economyEventHandler, type EconomyEventHandler } from './chain-event-handler';
import { allocateChainAddress } from './custodial-addresses';

const log = serviceLogger('economy-chain');

const LedgerTransactionPostedSchema = z.object({
  transactionId: z.uuid(),
  type: z.string(),
  legs: z.array(z.object({ userId: z.string().nullable(), system: z.string().nullable(), amount: z.number().int() })),
  postedAt: z.string(),
});

async function addressOf(tx: Db, mnemonic: string, userId: string): Promise<string> {
  return (await allocateChainAddress(tx, mnemonic, userId)).address;
}

export function queueLedgerAnchorHandler(custodyMnemonic: string): EconomyEventHandler {
  return economyEventHandler('chain.queue-ledger-anchor', LedgerTransactionPostedSchema, async (tx, posted) => {
    const plan = planLedgerAnchor(posted);
    if (plan.kind === 'skip') {
      log.info({ transactionId: posted.transactionId, reason: plan.reason }, 'ledger transaction not mirrored on chain');
      return;
    }
    const fromAddress = plan.kind === 'coin_mint' ? null : await addressOf(tx, custodyMnemonic, plan.fromUserId);
    const toAddress = plan.kind === 'coin_burn' ? null : await addressOf(tx, custodyMnemonic, plan.toUserId);
    await tx.chainAnchor.createMany({
      data: [{ kind: plan.kind, transactionId: posted.transactionId, fromAddress, toAddress, amount: plan.amount }],
      skipDuplicates: true,
    });
  });
}
