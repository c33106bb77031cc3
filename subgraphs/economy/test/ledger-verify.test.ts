// The ledger verifier finds what is wrong in a ledger, in a fixed number of SQL statements, and
// the ledger:verify script exits 1 listing it. Corruption is made by SQL in a database of this file's own.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPrismaClient, type PrismaClient } from '../../kit/src/db';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { verifyLedger } from '../src/ledger/verify-ledger';
import { fundWallet } from './support/ledger';

const run = promisify(execFile);
const repositoryRoot = path.join(__dirname, '..', '..', '..');

let database: ScratchDatabase;
let statements: string[] = [];
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase('economy_ledger_verify');
  prisma = createPrismaClient({ url: database.url, poolMax: 2, onQuery: (sql) => statements.push(sql) });
}, 60_000);

// Each test starts from an empty ledger, so a report lists only what that test broke.
beforeEach(async () => {
  await database.sql('TRUNCATE economy.ledger_entry, economy.ledger_transaction, economy.ledger_account, economy.outbox_event CASCADE');
  statements = [];
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

async function accountIdOf(userId: string): Promise<string> {
  return (await prisma.ledgerAccount.findUniqueOrThrow({ where: { userId } })).id;
}

test('a consistent ledger has no problems and counts its transactions and accounts', async () => {
  await fundWallet(prisma, randomUUID(), 50);
  await fundWallet(prisma, randomUUID(), 70);
  const report = await verifyLedger(prisma);
  expect(report).toEqual({ transactions: 2, accounts: 3, problems: [] });
});

test('a balance changed behind the ledger’s back is reported with the sum of its entries', async () => {
  const userId = randomUUID();
  await fundWallet(prisma, userId, 50);
  const accountId = await accountIdOf(userId);
  await database.sql('UPDATE economy.ledger_account SET balance = 75 WHERE id = $1', [accountId]);
  const report = await verifyLedger(prisma);
  expect(report.problems).toEqual([expect.objectContaining({ kind: 'balance_mismatch', accountId, balance: 75, entriesSum: 50 })]);
});

test('a transaction whose entries do not sum to zero is reported as unbalanced', async () => {
  const userId = randomUUID();
  const transactionId = await fundWallet(prisma, userId, 50);
  // An extra entry with its balance kept in step: only the transaction's own sum is wrong.
  const accountId = await accountIdOf(userId);
  await database.sql('INSERT INTO economy.ledger_entry (id, transaction_id, account_id, amount) VALUES ($1, $2, $3, 5)', [randomUUID(), transactionId, accountId]);
  await database.sql('UPDATE economy.ledger_account SET balance = balance + 5 WHERE id = $1', [accountId]);
  const report = await verifyLedger(prisma);
  expect(report.problems).toEqual([expect.objectContaining({ kind: 'unbalanced_transaction', transactionId, sum: 5 })]);
});

test('a transaction with a single entry and a negative wallet are both reported', async () => {
  const userId = randomUUID();
  await fundWallet(prisma, userId, 10);
  const accountId = await accountIdOf(userId);
  const loneId = randomUUID();
  await database.sql(`INSERT INTO economy.ledger_transaction (id, type, reason, idempotency_key, request_hash) VALUES ($1, 'burn', 'lone', $2, 'x')`, [loneId, randomUUID()]);
  await database.sql('INSERT INTO economy.ledger_entry (id, transaction_id, account_id, amount) VALUES ($1, $2, $3, -30)', [randomUUID(), loneId, accountId]);
  await database.sql('UPDATE economy.ledger_account SET balance = balance - 30 WHERE id = $1', [accountId]);
  const kinds = (await verifyLedger(prisma)).problems.map((problem) => problem.kind).sort();
  expect(kinds).toEqual(['negative_wallet', 'too_few_entries', 'unbalanced_transaction']);
});

test('checking 50 transactions takes as many SQL statements as checking 1', async () => {
  await fundWallet(prisma, randomUUID(), 1);
  statements = [];
  await verifyLedger(prisma);
  const forOne = statements.length;
  for (let index = 0; index < 49; index += 1) await fundWallet(prisma, randomUUID(), 1);
  statements = [];
  const report = await verifyLedger(prisma);
  expect(report.transactions).toBe(50);
  expect(statements.length).toBe(forOne);
});

test('the ledger:verify script exits 1 and lists the problems of a corrupted ledger, and 0 for a clean one', async () => {
  const userId = randomUUID();
  await fundWallet(prisma, userId, 50);
  const clean = await run('npx', ['tsx', 'scripts/ledger-verify.ts'], { cwd: repositoryRoot, env: { ...process.env, DATABASE_URL: database.url } });
  expect(clean.stdout).toContain('The ledger is consistent.');
  await database.sql('UPDATE economy.ledger_account SET balance = 999 WHERE user_id = $1', [userId]);
  const failed = await run('npx', ['tsx', 'scripts/ledger-verify.ts'], { cwd: repositoryRoot, env: { ...process.env, DATABASE_URL: database.url } }).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failed?.code).toBe(1);
  expect(failed?.stderr).toContain('[balance_mismatch]');
  expect(failed?.stderr).toContain('balance 999 but its entries sum to 50');
}, 60_000);
