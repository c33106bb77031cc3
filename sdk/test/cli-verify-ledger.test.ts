// `scrollforge verify-ledger` and the admins-only ledgerVerification query it runs, through the
// gateway. The ledger is corrupted by SQL, so this file runs in a database of its own.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import { createScratchDatabase, type ScratchDatabase } from '../../subgraphs/kit/src/testing/scratch-database';
import { errorCodes } from '../../subgraphs/kit/src/testing/graphql-client';
import { fundWallet } from '../../subgraphs/economy/test/support/ledger';
import { originOf, runCli } from './support/run-cli';

let database: ScratchDatabase;
let platform: TestPlatform;
let admin: Person;

beforeAll(async () => {
  database = await createScratchDatabase('sdk_verify_ledger', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  admin = await createPerson(platform.handle.services.prisma, { roles: ['student', 'admin'] });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const QUERY = 'query { ledgerVerification { ok transactions accounts problems { kind accountId } } }';
const verify = (token: string) => runCli(['verify-ledger'], { env: { SCROLLFORGE_URL: originOf(platform.url), SCROLLFORGE_TOKEN: token } });

test('a student asking for the ledger verification is refused with FORBIDDEN', async () => {
  const student = await createPerson(platform.handle.services.prisma);
  const response = await platform.graphql(QUERY, {}, { token: student.token });
  expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  expect(response.data).toBeNull();
});

test('an anonymous caller asking for the ledger verification is refused with UNAUTHENTICATED', async () => {
  const response = await platform.graphql(QUERY);
  expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
});

test('verify-ledger exits 0 and says so when the ledger balances', async () => {
  await fundWallet(platform.handle.services.prisma, randomUUID(), 40);
  const result = await verify(admin.token);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^Checked [1-9]\d* transactions and [1-9]\d* accounts\.\nThe ledger is consistent\.\n$/);
}, 60_000);

test('verify-ledger exits 1 and lists the account whose balance was changed behind the ledger', async () => {
  const userId = randomUUID();
  await fundWallet(platform.handle.services.prisma, userId, 25);
  const [account] = await database.sql('UPDATE economy.ledger_account SET balance = 99 WHERE user_id = $1 RETURNING id::text AS id', [userId]);
  try {
    const response = await platform.graphql<{ ledgerVerification: { ok: boolean; problems: { kind: string; accountId: string }[] } }>(QUERY, {}, { token: admin.token });
    expect(response.data?.ledgerVerification).toMatchObject({ ok: false, problems: [{ kind: 'balance_mismatch', accountId: account!.id }] });

    const result = await verify(admin.token);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`- [balance_mismatch] Account ${String(account!.id)} has balance 99 but its entries sum to 25.`);
  } finally {
    await database.sql('UPDATE economy.ledger_account SET balance = 25 WHERE user_id = $1', [userId]);
  }
}, 60_000);

test('verify-ledger with a student token exits 1 naming FORBIDDEN', async () => {
  const student = await createPerson(platform.handle.services.prisma);
  const result = await verify(student.token);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^scrollforge verify-ledger: .*\[FORBIDDEN\] \(request [\w-]+\)\./);
}, 60_000);

test('verify-ledger without a token exits 2 and says which variable to set', async () => {
  const result = await runCli(['verify-ledger'], { env: { SCROLLFORGE_URL: originOf(platform.url) } });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('set SCROLLFORGE_TOKEN');
}, 60_000);
