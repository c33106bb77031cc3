// The ledger under concurrency, through the domain functions on a real connection pool: the sum of coins
// is kept, no wallet goes negative, every idempotency key applies once, and an overdraft race lets
// exactly as many spends through as the wallet can pay for. Runs in its own database so the ledger
// verifier sees only this file's transactions.
import { randomInt, randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '../../kit/src/db';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { transferIdempotencyKey, transferScrollCoin } from '../src/ledger/transfers';
import { verifyLedger } from '../src/ledger/verify-ledger';
import { balanceOf, fundWallet, outcomes, viewerFor } from './support/ledger';

let database: ScratchDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase('economy_ledger_concurrency');
  prisma = createPrismaClient({ url: database.url, poolMax: 10 });
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

async function balancesOf(userIds: string[]): Promise<number[]> {
  const rows = await prisma.ledgerAccount.findMany({ where: { userId: { in: userIds } }, select: { userId: true, balance: true } });
  const byUser = new Map(rows.map((row) => [row.userId, row.balance]));
  return userIds.map((id) => byUser.get(id) ?? 0);
}

test('200 concurrent transfers among 10 wallets keep the sum, leave none negative and apply each key once', async () => {
  const people = Array.from({ length: 10 }, () => viewerFor());
  // Each wallet holds enough for every transfer to succeed, so a replay can only ever be a replay.
  for (const person of people) await fundWallet(prisma, person.id, 20_000);
  const ids = people.map((person) => person.id);
  const before = await balancesOf(ids);
  const transfers = Array.from({ length: 200 }, () => {
    const from = randomInt(10);
    const to = (from + 1 + randomInt(9)) % 10;
    return { viewer: people[from]!, input: { toUserId: ids[to]!, amount: 1 + randomInt(100), note: 'race', idempotencyKey: randomUUID() } };
  });

  const first = outcomes(await Promise.allSettled(transfers.map(({ viewer, input }) => transferScrollCoin(prisma, viewer, input))));
  expect(first.errorCodes).toEqual([]);
  expect(first.values.every((posted) => !posted.replayed)).toBe(true);
  const after = await balancesOf(ids);
  expect(after.reduce((sum, balance) => sum + balance, 0)).toBe(before.reduce((sum, balance) => sum + balance, 0));
  expect(after.every((balance) => balance >= 0)).toBe(true);
  const expected = [...before];
  for (const { viewer, input } of transfers) {
    expected[ids.indexOf(viewer.id)]! -= input.amount;
    expected[ids.indexOf(input.toUserId)]! += input.amount;
  }
  expect(after).toEqual(expected);

  const replay = outcomes(await Promise.allSettled(transfers.map(({ viewer, input }) => transferScrollCoin(prisma, viewer, input))));
  expect(replay.errorCodes).toEqual([]);
  expect(replay.values.every((posted) => posted.replayed)).toBe(true);
  expect(replay.values.map((posted) => posted.transaction.id).sort()).toEqual(first.values.map((posted) => posted.transaction.id).sort());
  expect(await balancesOf(ids)).toEqual(after);
  const keys = transfers.map(({ viewer, input }) => transferIdempotencyKey(viewer.id, input.idempotencyKey));
  expect(await prisma.ledgerTransaction.count({ where: { idempotencyKey: { in: keys } } })).toBe(200);

  expect((await verifyLedger(prisma)).problems).toEqual([]);
}, 120_000);

test('100 concurrent spends of 10 from a wallet of 500: exactly 50 succeed, 50 are PAYMENT_REQUIRED, the wallet ends at 0', async () => {
  const spender = viewerFor();
  const payees = Array.from({ length: 5 }, () => randomUUID());
  await fundWallet(prisma, spender.id, 500);
  const results = outcomes(
    await Promise.allSettled(
      Array.from({ length: 100 }, (_, index) =>
        transferScrollCoin(prisma, spender, { toUserId: payees[index % 5]!, amount: 10, idempotencyKey: randomUUID() }),
      ),
    ),
  );
  expect(results.values).toHaveLength(50);
  expect(results.errorCodes).toEqual(Array.from({ length: 50 }, () => 'PAYMENT_REQUIRED'));
  expect(await balanceOf(prisma, spender.id)).toBe(0);
  expect((await balancesOf(payees)).reduce((sum, balance) => sum + balance, 0)).toBe(500);
  expect((await verifyLedger(prisma)).problems).toEqual([]);
}, 60_000);

test('the same key posted 10 times at once makes one transaction and one debit', async () => {
  const sender = viewerFor();
  const recipient = randomUUID();
  await fundWallet(prisma, sender.id, 100);
  const input = { toUserId: recipient, amount: 7, note: 'once', idempotencyKey: randomUUID() };
  const results = outcomes(await Promise.allSettled(Array.from({ length: 10 }, () => transferScrollCoin(prisma, sender, input))));
  expect(results.errorCodes).toEqual([]);
  expect(new Set(results.values.map((posted) => posted.transaction.id)).size).toBe(1);
  expect(results.values.filter((posted) => !posted.replayed)).toHaveLength(1);
  expect(await balanceOf(prisma, sender.id)).toBe(93);
  expect(await balanceOf(prisma, recipient)).toBe(7);
});

test('reusing a key with a different amount is a CONFLICT and writes nothing', async () => {
  const sender = viewerFor();
  const recipient = randomUUID();
  await fundWallet(prisma, sender.id, 100);
  const idempotencyKey = randomUUID();
  await transferScrollCoin(prisma, sender, { toUserId: recipient, amount: 5, idempotencyKey });
  const transactionsBefore = await prisma.ledgerTransaction.count();
  const entriesBefore = await prisma.ledgerEntry.count();
  await expect(transferScrollCoin(prisma, sender, { toUserId: recipient, amount: 6, idempotencyKey })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  expect(await prisma.ledgerTransaction.count()).toBe(transactionsBefore);
  expect(await prisma.ledgerEntry.count()).toBe(entriesBefore);
  expect(await balanceOf(prisma, sender.id)).toBe(95);
  expect(await balanceOf(prisma, recipient)).toBe(5);
});

test('idempotency keys are scoped per sender: two people using the same key both transfer', async () => {
  const [first, second] = [viewerFor(), viewerFor()];
  const recipient = randomUUID();
  await fundWallet(prisma, first.id, 10);
  await fundWallet(prisma, second.id, 10);
  const idempotencyKey = randomUUID();
  const one = await transferScrollCoin(prisma, first, { toUserId: recipient, amount: 3, idempotencyKey });
  const two = await transferScrollCoin(prisma, second, { toUserId: recipient, amount: 4, idempotencyKey });
  expect(two.replayed).toBe(false);
  expect(two.transaction.id).not.toBe(one.transaction.id);
  expect(await balanceOf(prisma, recipient)).toBe(7);
});
