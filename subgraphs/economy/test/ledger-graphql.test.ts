// The ledger through the gateway: transfers, wallet history (pages, filters, constant SQL per page),
// input errors that name their field, wallets private to their owner and admins, admin-only mint and
// burn. Runs in its own database so statement counts see no other test's traffic.
import { isBackgroundStatement } from '../../kit/src/testing/background-statements';
import { randomUUID } from 'node:crypto';
import { startTestPlatform, TEST_SECRETS, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { errorCodes, postGraphQL, type GraphQLResponse } from '../../kit/src/testing/graphql-client';
import { signViewer, VIEWER_HEADER } from '../../kit/src/viewer-signature';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { waitFor } from '../../kit/src/wait-for';
import { transferScrollCoin } from '../src/ledger/transfers';
import { balanceOf, fundWallet, viewerFor } from './support/ledger';

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;
let admin: Person;
let recording: string[] | null = null;

beforeAll(async () => {
  database = await createScratchDatabase('economy_ledger_graphql', { empty: true });
  platform = await startTestPlatform(
    { DATABASE_URL: database.url },
    { onQuery: (sql) => { if (recording && !isBackgroundStatement(sql)) recording.push(sql); } },
  );
  prisma = platform.handle.services.prisma;
  admin = await createPerson(prisma, { roles: ['student', 'admin'] });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const TRANSFER = `mutation T($to: ID!, $amount: Int!, $note: String, $key: String!) {
  transferScrollCoin(to: $to, amount: $amount, note: $note, idempotencyKey: $key) {
    transaction { id type reason counterparty { id displayName } }
    wallet { id balance }
  }
}`;
const MINT = `mutation M($to: ID!, $amount: Int!, $reason: String!, $key: String!) {
  mintScrollCoin(to: $to, amount: $amount, reason: $reason, idempotencyKey: $key) { transaction { id type counterparty { id } } wallet { id balance } }
}`;
const BURN = `mutation B($from: ID!, $amount: Int!, $reason: String!, $key: String!) {
  burnScrollCoin(from: $from, amount: $amount, reason: $reason, idempotencyKey: $key) { transaction { id type } wallet { balance } }
}`;
const HISTORY = `query H($first: Int, $after: String, $filter: WalletHistoryFilter) {
  wallet { balance history(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id amount createdAt transaction { id type reason createdAt counterparty { id displayName } } } }
    pageInfo { hasNextPage endCursor }
  } }
}`;

interface HistoryNode {
  id: string;
  amount: number;
  createdAt: string;
  transaction: { id: string; type: string; reason: string; counterparty: { id: string; displayName: string } | null };
}
interface HistoryData {
  wallet: { balance: number; history: { edges: { cursor: string; node: HistoryNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
}

function fieldOf(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.field;
}

async function mint(to: string, amount: number): Promise<void> {
  const response = await platform.graphql(MINT, { to, amount, reason: 'Welcome grant', key: randomUUID() }, { token: admin.token });
  expect(response.errors).toBeUndefined();
}

async function history(person: Person, variables: Record<string, unknown> = {}): Promise<HistoryData['wallet']['history']> {
  const response = await platform.graphql<HistoryData>(HISTORY, variables, { token: person.token });
  expect(response.errors).toBeUndefined();
  return response.data!.wallet.history;
}

describe('transfers', () => {
  test('a transfer moves coins, names the recipient and returns the sender’s wallet after it', async () => {
    const [alice, bob] = [await createPerson(prisma), await createPerson(prisma, { displayName: 'Bob Receiver' })];
    await mint(alice.id, 100);
    const response = await platform.graphql<{ transferScrollCoin: { transaction: HistoryNode['transaction']; wallet: { id: string; balance: number } } }>(
      TRANSFER,
      { to: bob.id, amount: 30, note: 'for lunch', key: randomUUID() },
      { token: alice.token },
    );
    expect(response.errors).toBeUndefined();
    const result = response.data!.transferScrollCoin;
    expect(result.wallet).toEqual({ id: alice.id, balance: 70 });
    expect(result.transaction).toMatchObject({ type: 'transfer', reason: 'Transfer: for lunch', counterparty: { id: bob.id, displayName: 'Bob Receiver' } });
    expect(await balanceOf(prisma, bob.id)).toBe(30);
    const [received] = (await history(bob)).edges;
    expect(received!.node).toMatchObject({ amount: 30, transaction: { id: result.transaction.id, counterparty: { id: alice.id } } });
  });

  test('retrying with the same key returns the same transfer and debits once', async () => {
    const [alice, bob] = [await createPerson(prisma), await createPerson(prisma)];
    await mint(alice.id, 50);
    const variables = { to: bob.id, amount: 20, note: null, key: randomUUID() };
    const first = await platform.graphql<{ transferScrollCoin: { transaction: { id: string } } }>(TRANSFER, variables, { token: alice.token });
    const again = await platform.graphql<{ transferScrollCoin: { transaction: { id: string }; wallet: { balance: number } } }>(TRANSFER, variables, { token: alice.token });
    expect(again.data!.transferScrollCoin.transaction.id).toBe(first.data!.transferScrollCoin.transaction.id);
    expect(again.data!.transferScrollCoin.wallet.balance).toBe(30);
    const conflicting = await platform.graphql(TRANSFER, { ...variables, amount: 21 }, { token: alice.token });
    expect(errorCodes(conflicting)).toEqual(['CONFLICT']);
  });

  test('bad input is refused with BAD_USER_INPUT naming the field, and nothing moves', async () => {
    const [alice, bob] = [await createPerson(prisma), await createPerson(prisma)];
    await mint(alice.id, 10);
    const cases: [Record<string, unknown>, string][] = [
      [{ to: bob.id, amount: 0 }, 'amount'],
      [{ to: bob.id, amount: 1_000_001 }, 'amount'],
      [{ to: alice.id, amount: 1 }, 'to'],
      [{ to: 'not-a-user', amount: 1 }, 'to'],
      [{ to: bob.id, amount: 1, note: 'x'.repeat(281) }, 'note'],
      [{ to: bob.id, amount: 1, key: '' }, 'idempotencyKey'],
    ];
    for (const [variables, field] of cases) {
      const response = await platform.graphql(TRANSFER, { key: randomUUID(), ...variables }, { token: alice.token });
      expect({ field, codes: errorCodes(response), named: fieldOf(response) }).toEqual({ field, codes: ['BAD_USER_INPUT'], named: field });
    }
    expect(await balanceOf(prisma, alice.id)).toBe(10);
    expect(await balanceOf(prisma, bob.id)).toBe(0);
  });

  test('sending more than the wallet holds is PAYMENT_REQUIRED with the balance in the message', async () => {
    const [alice, bob] = [await createPerson(prisma), await createPerson(prisma)];
    await mint(alice.id, 12);
    const response = await platform.graphql(TRANSFER, { to: bob.id, amount: 13, key: randomUUID() }, { token: alice.token });
    expect(errorCodes(response)).toEqual(['PAYMENT_REQUIRED']);
    expect(response.errors![0]!.message).toContain('holds 12');
    expect(await balanceOf(prisma, alice.id)).toBe(12);
  });

  test('an anonymous caller is asked to sign in', async () => {
    const response = await platform.graphql(TRANSFER, { to: randomUUID(), amount: 1, key: randomUUID() });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('history', () => {
  /** A person with 30 credits (mints) and 20 debits (transfers to one friend), oldest first. */
  async function personWithFiftyEntries(): Promise<{ person: Person; friend: string }> {
    const person = await createPerson(prisma);
    const friend = (await createPerson(prisma)).id;
    for (let index = 0; index < 30; index += 1) await fundWallet(prisma, person.id, 10);
    for (let index = 0; index < 20; index += 1) {
      await transferScrollCoin(prisma, viewerFor({ id: person.id }), { toUserId: friend, amount: 1 + index, idempotencyKey: randomUUID() });
    }
    return { person, friend };
  }

  test('pages run newest first without gaps or repeats, and say when there are no more', async () => {
    const { person } = await personWithFiftyEntries();
    const seen: HistoryNode[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const page: HistoryData['wallet']['history'] = await history(person, { first: 20, after });
      sizes.push(page.edges.length);
      seen.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(sizes).toEqual([20, 20, 10]);
    expect(new Set(seen.map((node) => node.id)).size).toBe(50);
    const times = seen.map((node) => Date.parse(node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The newest entry is the last transfer out (21 coins); the oldest is the first mint.
    expect(seen[0]!.amount).toBe(-20);
    expect(seen.at(-1)!.amount).toBe(10);
  });

  test('filters by direction, type and time window', async () => {
    const { person, friend } = await personWithFiftyEntries();
    const out = await history(person, { first: 100, filter: { direction: 'OUT' } });
    expect(out.edges).toHaveLength(20);
    expect(out.edges.every((edge) => edge.node.amount < 0 && edge.node.transaction.counterparty?.id === friend)).toBe(true);
    const mints = await history(person, { first: 100, filter: { types: ['mint'], direction: 'IN' } });
    expect(mints.edges).toHaveLength(30);
    expect(mints.edges.every((edge) => edge.node.transaction.type === 'mint' && edge.node.transaction.counterparty === null)).toBe(true);
    const all = await history(person, { first: 100 });
    // From the 10th newest (inclusive) until the 3rd newest (exclusive).
    const from = all.edges[9]!.node.createdAt;
    const until = all.edges[2]!.node.createdAt;
    const window = await history(person, { first: 100, filter: { from, until } });
    const inWindow = all.edges.filter((edge) => edge.node.createdAt >= from && edge.node.createdAt < until);
    expect(inWindow.length).toBeGreaterThanOrEqual(7);
    expect(window.edges.map((edge) => edge.node.id)).toEqual(inWindow.map((edge) => edge.node.id));
  });

  test('a page of 50 entries costs as many SQL statements as a page of 1', async () => {
    const { person } = await personWithFiftyEntries();
    await waitFor(async () => (await database.sql('SELECT 1 FROM economy.outbox_event WHERE published_at IS NULL LIMIT 1')).length === 0, { what: 'the outbox to drain' });
    const count = async (first: number): Promise<number> => {
      recording = [];
      try {
        expect((await history(person, { first })).edges).toHaveLength(first);
        return recording.length;
      } finally {
        recording = null;
      }
    };
    const forOne = await count(1);
    expect(forOne).toBeGreaterThan(0);
    expect(await count(50)).toBe(forOne);
  });

  test('bad page arguments are refused naming the argument', async () => {
    const person = await createPerson(prisma);
    const tooMany = await platform.graphql(HISTORY, { first: 101 }, { token: person.token });
    expect([errorCodes(tooMany), fieldOf(tooMany)]).toEqual([['BAD_USER_INPUT'], 'first']);
    const badCursor = await platform.graphql(HISTORY, { after: 'not-a-cursor' }, { token: person.token });
    expect([errorCodes(badCursor), fieldOf(badCursor)]).toEqual([['BAD_USER_INPUT'], 'after']);
    const backwards = await platform.graphql(HISTORY, { filter: { from: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' } }, { token: person.token });
    expect([errorCodes(backwards), fieldOf(backwards)]).toEqual([['BAD_USER_INPUT'], 'filter.until']);
  });
});

describe('who sees a wallet', () => {
  const USER_WALLET = 'query U($id: ID!) { user(id: $id) { id wallet { id balance pending history(first: 5) { edges { node { amount } } } } } }';

  test('a stranger asking for someone’s wallet is refused with FORBIDDEN and sees no balance', async () => {
    const [owner, stranger] = [await createPerson(prisma), await createPerson(prisma)];
    await mint(owner.id, 40);
    const response = await platform.graphql<{ user: { wallet: unknown } | null }>(USER_WALLET, { id: owner.id }, { token: stranger.token });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(response.data ?? null)).not.toContain('40');
  });

  test('a parent is refused too: the economy keeps no parent links', async () => {
    const [child, parent] = [await createPerson(prisma), await createPerson(prisma, { roles: ['parent'] })];
    const response = await platform.graphql(USER_WALLET, { id: child.id }, { token: parent.token });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  test('the owner and an admin see the wallet, and an anonymous caller is asked to sign in', async () => {
    const owner = await createPerson(prisma);
    await mint(owner.id, 40);
    for (const viewer of [owner, admin]) {
      const response = await platform.graphql<{ user: { wallet: { id: string; balance: number } } }>(USER_WALLET, { id: owner.id }, { token: viewer.token });
      expect(response.errors).toBeUndefined();
      expect(response.data!.user.wallet).toMatchObject({ id: owner.id, balance: 40 });
    }
    expect(errorCodes(await platform.graphql('{ wallet { balance } }'))).toEqual(['UNAUTHENTICATED']);
  });

  test('_entities sent straight to the subgraph repeats the rule: a stranger gets FORBIDDEN, the owner the wallet', async () => {
    const [owner, stranger] = [await createPerson(prisma), await createPerson(prisma)];
    await mint(owner.id, 33);
    const economy = platform.subgraphs.find((subgraph) => subgraph.name === 'economy')!;
    const entities = (person: Person) => {
      const requestId = randomUUID();
      const viewer = { kind: 'user' as const, id: person.id, roles: person.roles, ip: '192.0.2.1' };
      return postGraphQL<{ _entities: ({ id: string; balance: number } | null)[] }>(
        economy.url,
        'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Wallet { id balance } } }',
        { r: [{ __typename: 'Wallet', id: owner.id }] },
        { headers: { [REQUEST_ID_HEADER]: requestId, [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewer, requestId, { ttlSeconds: 30 }) } },
      );
    };
    const refused = await entities(stranger);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(refused.data ?? null)).not.toContain('33');
    const allowed = await entities(owner);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!._entities).toEqual([{ id: owner.id, balance: 33 }]);
  });

  test('pending counts credits whose on-chain anchor is not confirmed yet', async () => {
    const owner = await createPerson(prisma);
    const anchoredId = await fundWallet(prisma, owner.id, 25);
    await fundWallet(prisma, owner.id, 15);
    const pending = async () => (await platform.graphql<{ wallet: { balance: number; pending: number } }>('{ wallet { balance pending } }', {}, { token: owner.token })).data!.wallet;
    expect(await pending()).toEqual({ balance: 40, pending: 40 });
    // The platform's own anchoring may already have queued this credit's anchor: take it over either way.
    await prisma.chainAnchor.upsert({
      where: { transactionId: anchoredId },
      create: { kind: 'coin_mint', status: 'submitted', transactionId: anchoredId },
      update: { status: 'submitted', confirmedAt: null },
    });
    expect(await pending()).toEqual({ balance: 40, pending: 40 });
    await prisma.chainAnchor.update({ where: { transactionId: anchoredId }, data: { status: 'confirmed', confirmedAt: new Date() } });
    expect(await pending()).toEqual({ balance: 40, pending: 15 });
  });
});

describe('mint and burn', () => {
  test('only admins mint or burn: anyone else is FORBIDDEN and nothing is written', async () => {
    const student = await createPerson(prisma);
    const minted = await platform.graphql(MINT, { to: student.id, amount: 1000, reason: 'Free money', key: randomUUID() }, { token: student.token });
    expect(errorCodes(minted)).toEqual(['FORBIDDEN']);
    await mint(student.id, 10);
    const burned = await platform.graphql(BURN, { from: student.id, amount: 5, reason: 'Take it back', key: randomUUID() }, { token: student.token });
    expect(errorCodes(burned)).toEqual(['FORBIDDEN']);
    expect(await balanceOf(prisma, student.id)).toBe(10);
  });

  test('an admin mints into a wallet and burns from it, never below zero, with a reason of five characters or more', async () => {
    const person = await createPerson(prisma);
    const minted = await platform.graphql<{ mintScrollCoin: { transaction: { type: string; counterparty: null }; wallet: { balance: number } } }>(
      MINT,
      { to: person.id, amount: 60, reason: 'Scholarship grant', key: randomUUID() },
      { token: admin.token },
    );
    expect(minted.data!.mintScrollCoin).toEqual({ transaction: expect.objectContaining({ type: 'mint', counterparty: null }), wallet: { id: person.id, balance: 60 } });
    const tooMuch = await platform.graphql(BURN, { from: person.id, amount: 61, reason: 'Correction', key: randomUUID() }, { token: admin.token });
    expect([errorCodes(tooMuch), fieldOf(tooMuch)]).toEqual([['BAD_USER_INPUT'], 'amount']);
    expect(tooMuch.errors![0]!.message).toContain('holds 60');
    const shortReason = await platform.graphql(BURN, { from: person.id, amount: 1, reason: 'oops', key: randomUUID() }, { token: admin.token });
    expect([errorCodes(shortReason), fieldOf(shortReason)]).toEqual([['BAD_USER_INPUT'], 'reason']);
    const burned = await platform.graphql<{ burnScrollCoin: { transaction: { type: string }; wallet: { balance: number } } }>(
      BURN,
      { from: person.id, amount: 60, reason: 'Correction of a duplicate grant', key: randomUUID() },
      { token: admin.token },
    );
    expect(burned.data!.burnScrollCoin).toEqual({ transaction: expect.objectContaining({ type: 'burn' }), wallet: { balance: 0 } });
  });
});
