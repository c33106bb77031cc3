// A fresh in-memory local chain with both contracts deployed, a throwaway database per test file (so no
// other file's worker claims these anchors), and small helpers to drive the anchoring worker.
import { randomInt } from 'node:crypto';
import { Wallet } from 'ethers';
import type { PrismaClient } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import { serviceLogger } from '../../../kit/src/logger';
import { waitFor } from '../../../kit/src/wait-for';
import { resolveWorkerSettings, runAnchoringRound, type AnchoringWorkerOptions } from '../../src/chain/anchoring-worker';
import { LOCAL_CHAIN_MINTER_MNEMONIC } from '../../src/chain/chain-config';
import { bindContracts, type ChainConnection } from '../../src/chain/chain-connection';
import { ensureContracts } from '../../src/chain/deployments';
import { startLocalChain } from '../../src/chain/local-chain';

export const TEST_PUBLIC_URL = 'http://127.0.0.1:4000';

export interface TestChain {
  chain: ChainConnection;
  stop(): Promise<void>;
}

/** A local chain with a chain id of its own, contracts deployed and recorded in `prisma`. */
export async function startTestChain(prisma: PrismaClient): Promise<TestChain> {
  const local = await startLocalChain({ chainId: randomInt(10_000, 2_000_000_000) });
  const minter = new Wallet(Wallet.fromPhrase(LOCAL_CHAIN_MINTER_MNEMONIC).privateKey, local.provider);
  const deployed = await ensureContracts(prisma, minter, local.chainId);
  const chain = bindContracts(
    { provider: local.provider, chainId: local.chainId, label: local.label, local: true, close: () => local.stop() },
    minter,
    { coinAddress: deployed.ScrollCoin.address, badgeAddress: deployed.ScrollBadge.address, deployedAtBlock: 0 },
  );
  return { chain, stop: () => local.stop() };
}

/** Worker settings for tests: retries are due at once and one confirmation suffices. */
export function testWorkerSettings(prisma: PrismaClient, chain: ChainConnection, overrides: Partial<AnchoringWorkerOptions> = {}) {
  return resolveWorkerSettings({
    prisma,
    chain,
    confirmations: 1,
    publicUrl: TEST_PUBLIC_URL,
    logger: serviceLogger('economy-chain-test'),
    backoffBaseMs: 0,
    ...overrides,
  });
}

/** Runs worker rounds until the anchor is confirmed (or failed, which fails the wait). */
export async function anchorConfirmed(prisma: PrismaClient, settings: ReturnType<typeof testWorkerSettings>, where: { transactionId: string } | { badgeId: string }) {
  return waitFor(
    async () => {
      await runAnchoringRound(settings);
      const anchor = await prisma.chainAnchor.findFirst({ where });
      if (anchor?.status === 'failed') throw new Error(`anchor failed: ${anchor.lastError}`);
      return anchor?.status === 'confirmed' ? anchor : null;
    },
    { what: 'the anchor to be confirmed', intervalMs: 20 },
  );
}

/** The LedgerTransactionPosted event the ledger wrote to the outbox for `transactionId`. */
export async function ledgerPostedEvent(prisma: PrismaClient, transactionId: string): Promise<DomainEvent> {
  const row = await prisma.economyOutboxEvent.findFirstOrThrow({ where: { type: 'LedgerTransactionPosted', payload: { path: ['transactionId'], equals: transactionId } } });
  return { id: row.id, type: row.type, domain: 'economy', payload: row.payload, occurredAt: row.createdAt.toISOString() };
}

/** Transfer events of ScrollCoin to `address` (each mint is one). */
export async function coinTransfersTo(chain: ChainConnection, address: string): Promise<number> {
  return (await chain.coin.queryFilter(chain.coin.filters.Transfer!(null, address), 0)).length;
}
