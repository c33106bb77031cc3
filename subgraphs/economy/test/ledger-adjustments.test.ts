// Admin mint and burn called as domain functions: the admin rule holds without the GraphQL field's
// guard, a replayed key mints once, and a burn never takes a wallet below zero.
import { randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '../../kit/src/db';
import { testDatabaseUrl } from '../../kit/src/testing/test-database-url';
import { burnScrollCoin, mintScrollCoin } from '../src/ledger/admin-adjustments';
import { balanceOf, viewerFor } from './support/ledger';

let prisma: PrismaClient;

beforeAll(() => {
  prisma = createPrismaClient({ url: testDatabaseUrl(), poolMax: 4 });
});

afterAll(async () => {
  await prisma?.$disconnect();
});

test('a person without the admin role cannot mint or burn, even calling the domain directly', async () => {
  const student = viewerFor();
  await expect(mintScrollCoin(prisma, student, { userId: student.id, amount: 10, reason: 'Self service', idempotencyKey: randomUUID() })).rejects.toMatchObject({
    extensions: { code: 'FORBIDDEN' },
  });
  await expect(burnScrollCoin(prisma, student, { userId: randomUUID(), amount: 10, reason: 'Mischief', idempotencyKey: randomUUID() })).rejects.toMatchObject({
    extensions: { code: 'FORBIDDEN' },
  });
  expect(await balanceOf(prisma, student.id)).toBe(0);
});

test('a mint retried with the same key credits once; the same key for another amount is a CONFLICT', async () => {
  const admin = viewerFor({ roles: ['admin'] });
  const person = randomUUID();
  const input = { userId: person, amount: 40, reason: 'Contest prize', idempotencyKey: randomUUID() };
  const first = await mintScrollCoin(prisma, admin, input);
  const again = await mintScrollCoin(prisma, admin, input);
  expect(again).toMatchObject({ replayed: true, transaction: { id: first.transaction.id } });
  await expect(mintScrollCoin(prisma, admin, { ...input, amount: 41 })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  expect(await balanceOf(prisma, person)).toBe(40);
});

test('burning more than a wallet holds is refused on amount and leaves the wallet as it was', async () => {
  const admin = viewerFor({ roles: ['admin'] });
  const person = randomUUID();
  await mintScrollCoin(prisma, admin, { userId: person, amount: 25, reason: 'Starting coins', idempotencyKey: randomUUID() });
  await expect(burnScrollCoin(prisma, admin, { userId: person, amount: 26, reason: 'Correction', idempotencyKey: randomUUID() })).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'amount' },
  });
  expect(await balanceOf(prisma, person)).toBe(25);
  await burnScrollCoin(prisma, admin, { userId: person, amount: 25, reason: 'Correction', idempotencyKey: randomUUID() });
  expect(await balanceOf(prisma, person)).toBe(0);
});
