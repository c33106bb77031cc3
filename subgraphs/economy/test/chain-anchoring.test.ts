// The anchoring worker mirrors ledger transactions to ScrollCoin exactly once, across restarts and
// replaced transactions.
import { randomUUID } from 'node:crypto';
import { Wallet } from 'ethers';
import { waitFor } from '../../kit/src/wait-for';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { anchorIdBytes } from '../src/chain/anchor-calls';
import { queueLedgerAnchorHandler } from '../src/chain/anchor-queue';
import { broadcastPrepared, prepareNextAnchor, runAnchoringRound } from '../src/chain/anchoring-worker';
import { LOCAL_CHAIN_CUSTODY_MNEMONIC } from '../src/chain/chain-config';
import { custodialAddressAt } from '../src/chain/custodial-addresses';
import { postTransaction } from '../src/ledger/post-transaction';
import { anchorConfirmed, coinTransfersTo, ledgerPostedEvent, startTestChain, testWorkerSettings, type TestChain } from './support/chain';

let database: ScratchDatabase;
let testChain: TestChain;
const queueLedgerAnchor = queueLedgerAnchorHandler(LOCAL_CHAIN_CUSTODY_MNEMONIC);

beforeAll(async () => {
  database = await createScratchDatabase('econ_anchoring');
  testChain = await startTestChain(database.prisma);
});

afterAll(async () => {
  await testChain?.stop();
  await database?.drop();
});

/** Posts a reward to a fresh person and queues its anchor, as the consumer does for the outbox event. */
async function rewardAndQueue(amount: number, userId = randomUUID()) {
  const prisma = database.prisma;
  const { transaction } = await prisma.$transaction((tx) =>
    postTransaction(tx, { type: 'reward', reason: 'Test reward', idempotencyKey: randomUUID(), legs: [{ account: { system: 'rewards_pool' }, amount: -amount }, { account: { userId }, amount }] }),
  );
  await queueLedgerAnchor(prisma, await ledgerPostedEvent(prisma, transaction.id));
  const anchor = await prisma.chainAnchor.findUniqueOrThrow({ where: { transactionId: transaction.id } });
  return { userId, transactionId: transaction.id, anchor };
}

async function balanceOnChain(address: string): Promise<bigint> {
  return (await testChain.chain.coin.getFunction('balanceOf')(address)) as bigint;
}

describe('ledger anchoring', () => {
  it('mints a reward to the person’s custodial address so balanceOf matches the ledger', async () => {
    const { userId, transactionId, anchor } = await rewardAndQueue(40);
    expect(anchor).toMatchObject({ kind: 'coin_mint', status: 'queued', amount: 40 });
    const address = (await database.prisma.chainAddress.findUniqueOrThrow({ where: { userId } })).address;
    expect(anchor.toAddress).toBe(address);

    const confirmed = await anchorConfirmed(database.prisma, testWorkerSettings(database.prisma, testChain.chain), { transactionId });
    expect(confirmed.blockNumber).toBeGreaterThan(0);
    expect(confirmed.confirmations).toBeGreaterThanOrEqual(1);
    const wallet = await database.prisma.ledgerAccount.findUniqueOrThrow({ where: { userId } });
    expect(await balanceOnChain(address)).toBe(BigInt(wallet.balance));
  });

  it('derives custodial addresses from the mnemonic at the index allocated once per person', async () => {
    const { userId } = await rewardAndQueue(1);
    const row = await database.prisma.chainAddress.findUniqueOrThrow({ where: { userId } });
    expect(row.kind).toBe('custodial');
    expect(row.address).toBe(custodialAddressAt(LOCAL_CHAIN_CUSTODY_MNEMONIC, row.derivationIndex!));
    await rewardAndQueue(2, userId);
    expect(await database.prisma.chainAddress.count({ where: { userId } })).toBe(1);
  });

  it('gives concurrent first uses distinct derivation indexes', async () => {
    const people = Array.from({ length: 8 }, () => randomUUID());
    await Promise.all(people.map((userId) => rewardAndQueue(3, userId)));
    const rows = await database.prisma.chainAddress.findMany({ where: { userId: { in: people } } });
    expect(new Set(rows.map((row) => row.derivationIndex)).size).toBe(8);
  });

  it('mirrors a transfer between two wallets with ledgerTransfer', async () => {
    const settings = testWorkerSettings(database.prisma, testChain.chain);
    const sender = await rewardAndQueue(30);
    const receiver = await rewardAndQueue(5);
    await anchorConfirmed(database.prisma, settings, { transactionId: sender.transactionId });
    await anchorConfirmed(database.prisma, settings, { transactionId: receiver.transactionId });
    const { transaction } = await database.prisma.$transaction((tx) =>
      postTransaction(tx, { type: 'transfer', reason: 'Transfer', idempotencyKey: randomUUID(), legs: [{ account: { userId: sender.userId }, amount: -12 }, { account: { userId: receiver.userId }, amount: 12 }] }),
    );
    await queueLedgerAnchor(database.prisma, await ledgerPostedEvent(database.prisma, transaction.id));
    const anchor = await anchorConfirmed(database.prisma, settings, { transactionId: transaction.id });
    expect(anchor.kind).toBe('coin_transfer');
    expect(await balanceOnChain(anchor.fromAddress!)).toBe(18n);
    expect(await balanceOnChain(anchor.toAddress!)).toBe(17n);
  });

  it('queues one anchor however often the event is delivered', async () => {
    const { transactionId } = await rewardAndQueue(4);
    await queueLedgerAnchor(database.prisma, await ledgerPostedEvent(database.prisma, transactionId));
    expect(await database.prisma.chainAnchor.count({ where: { transactionId } })).toBe(1);
  });
});

describe('restarts and replaced transactions', () => {
  // Each case below starts from an empty queue, so the anchor it prepares is its own.
  beforeEach(async () => {
    const settings = testWorkerSettings(database.prisma, testChain.chain);
    await waitFor(
      async () => {
        await runAnchoringRound(settings);
        return (await database.prisma.chainAnchor.count({ where: { status: { in: ['queued', 'submitted'] } } })) === 0;
      },
      { what: 'earlier anchors to settle' },
    );
  });

  it('mints once when a worker stopped after storing the nonce and hash but before sending', async () => {
    const { transactionId, anchor } = await rewardAndQueue(9);
    const crashed = await prepareNextAnchor(testWorkerSettings(database.prisma, testChain.chain));
    expect(crashed?.anchorId).toBe(anchor.id);
    const stored = await database.prisma.chainAnchor.findUniqueOrThrow({ where: { id: anchor.id } });
    expect(stored).toMatchObject({ status: 'queued', nonce: crashed!.nonce, txHash: crashed!.txHash });

    // A new worker (fresh settings, nothing in memory) takes over.
    await anchorConfirmed(database.prisma, testWorkerSettings(database.prisma, testChain.chain), { transactionId });
    expect(await coinTransfersTo(testChain.chain, anchor.toAddress!)).toBe(1);
    expect(await balanceOnChain(anchor.toAddress!)).toBe(9n);
  });

  it('mints once when a worker sent the transaction but stopped before marking it submitted', async () => {
    const { transactionId, anchor } = await rewardAndQueue(11);
    const crashed = await prepareNextAnchor(testWorkerSettings(database.prisma, testChain.chain));
    // What the crashed worker had done: the signed transaction reached the chain, the row still says queued.
    await testChain.chain.provider.broadcastTransaction(crashed!.signedTransaction);

    const confirmed = await anchorConfirmed(database.prisma, testWorkerSettings(database.prisma, testChain.chain), { transactionId });
    expect(confirmed.txHash).toBe(crashed!.txHash);
    expect(await coinTransfersTo(testChain.chain, anchor.toAddress!)).toBe(1);
    expect(await balanceOnChain(anchor.toAddress!)).toBe(11n);
  });

  it('records a hash whose nonce another transaction used as replaced, then mints exactly once', async () => {
    const { transactionId, anchor } = await rewardAndQueue(13);
    const lost = await prepareNextAnchor(testWorkerSettings(database.prisma, testChain.chain));
    // Someone else uses the minter's nonce first (a cancel), so the stored hash can never be mined.
    const { minter } = testChain.chain;
    await (await minter.sendTransaction({ to: minter.address, value: 0, nonce: lost!.nonce })).wait();

    const confirmed = await anchorConfirmed(database.prisma, testWorkerSettings(database.prisma, testChain.chain), { transactionId });
    expect(confirmed.replacedHashes).toContain(lost!.txHash);
    expect(confirmed.txHash).not.toBe(lost!.txHash);
    expect(await coinTransfersTo(testChain.chain, anchor.toAddress!)).toBe(1);
    expect(await testChain.chain.coin.getFunction('anchored')(anchorIdBytes(anchor.id))).toBe(true);
  });

  it('adopts the transaction that already carried out an anchor instead of sending it again', async () => {
    const { transactionId, anchor } = await rewardAndQueue(6);
    const settings = testWorkerSettings(database.prisma, testChain.chain);
    const first = await prepareNextAnchor(settings);
    await broadcastPrepared(settings, first!);
    // The row loses its hash (as after a failed broadcast that did reach the chain) and is queued afresh.
    await database.prisma.chainAnchor.update({ where: { id: anchor.id }, data: { status: 'queued', nonce: null, txHash: null } });
    const confirmed = await anchorConfirmed(database.prisma, settings, { transactionId });
    expect(confirmed.txHash).toBe(first!.txHash);
    expect(await coinTransfersTo(testChain.chain, anchor.toAddress!)).toBe(1);
  });

  it('retries a failing anchor with its error recorded and fails it after the last attempt', async () => {
    const settings = testWorkerSettings(database.prisma, testChain.chain, { maxAttempts: 2, backoffBaseMs: 60_000 });
    // A transfer from an address that holds nothing on chain reverts when estimated.
    const anchor = await database.prisma.chainAnchor.create({
      data: { kind: 'coin_transfer', fromAddress: Wallet.createRandom().address, toAddress: Wallet.createRandom().address, amount: 5 },
    });
    await runAnchoringRound(settings);
    const retried = await database.prisma.chainAnchor.findUniqueOrThrow({ where: { id: anchor.id } });
    expect(retried).toMatchObject({ status: 'queued', attempts: 1, nonce: null });
    expect(retried.lastError).toBeTruthy();
    // Not due again until the backoff has passed.
    await runAnchoringRound(settings);
    expect(await database.prisma.chainAnchor.findUniqueOrThrow({ where: { id: anchor.id } })).toMatchObject({ attempts: 1 });
    await database.sql(`UPDATE economy.chain_anchor SET updated_at = updated_at - interval '2 minutes' WHERE id = $1`, [anchor.id]);
    await runAnchoringRound(settings);
    expect(await database.prisma.chainAnchor.findUniqueOrThrow({ where: { id: anchor.id } })).toMatchObject({ status: 'failed', attempts: 2 });
  });
});
