// Linking a wallet the person controls by signing a single-use, expiring challenge.
import { Wallet } from 'ethers';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createStudent } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { completeWalletLink, startWalletLink, WALLET_LINK_CHALLENGE_TTL_MS } from '../src/chain/wallet-link';

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase('econ_wallet_link', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const START = `mutation Start($address: String!) { startWalletLink(address: $address) { id address message expiresAt } }`;
const COMPLETE = `mutation Complete($challengeId: ID!, $signature: String!) { completeWalletLink(challengeId: $challengeId, signature: $signature) { address kind } }`;

type LinkFailure = { errors?: { extensions?: { code?: string; reason?: string } }[] };

function failure(response: LinkFailure) {
  return { code: response.errors?.[0]?.extensions?.code, reason: response.errors?.[0]?.extensions?.reason };
}

async function startLink(token: string, wallet: { address: string }) {
  const response = await platform.graphql<{ startWalletLink: { id: string; address: string; message: string } }>(START, { address: wallet.address.toLowerCase() }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.startWalletLink;
}

describe('wallet link', () => {
  it('links a wallet whose owner signed the challenge, once', async () => {
    const person = await createStudent(prisma);
    const wallet = Wallet.createRandom();
    const challenge = await startLink(person.token, wallet);
    expect(challenge.address).toBe(wallet.address);
    expect(challenge.message).toContain(person.id);
    expect(challenge.message).toContain('127.0.0.1:4000');
    const signature = await wallet.signMessage(challenge.message);

    const linked = await platform.graphql<{ completeWalletLink: { address: string; kind: string } }>(COMPLETE, { challengeId: challenge.id, signature }, { token: person.token });
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.completeWalletLink).toEqual({ address: wallet.address, kind: 'linked' });
    const me = await platform.graphql<{ me: { chainAddress: { address: string; kind: string } } }>(`{ me { chainAddress { address kind } } }`, {}, { token: person.token });
    expect(me.data?.me.chainAddress).toEqual({ address: wallet.address, kind: 'linked' });

    const reused = await platform.graphql(COMPLETE, { challengeId: challenge.id, signature }, { token: person.token });
    expect(failure(reused)).toEqual({ code: 'CONFLICT', reason: 'CHALLENGE_USED' });
  });

  it('refuses a signature made by another wallet and keeps the challenge usable', async () => {
    const person = await createStudent(prisma);
    const wallet = Wallet.createRandom();
    const challenge = await startLink(person.token, wallet);
    const wrong = await platform.graphql(COMPLETE, { challengeId: challenge.id, signature: await Wallet.createRandom().signMessage(challenge.message) }, { token: person.token });
    expect(failure(wrong)).toEqual({ code: 'BAD_USER_INPUT', reason: 'SIGNER_MISMATCH' });
    expect(await prisma.chainAddress.findUnique({ where: { userId: person.id } })).toBeNull();
    const right = await platform.graphql(COMPLETE, { challengeId: challenge.id, signature: await wallet.signMessage(challenge.message) }, { token: person.token });
    expect(right.errors).toBeUndefined();
  });

  it('refuses a malformed signature', async () => {
    const person = await createStudent(prisma);
    const challenge = await startLink(person.token, Wallet.createRandom());
    const response = await platform.graphql(COMPLETE, { challengeId: challenge.id, signature: '0x1234' }, { token: person.token });
    expect(failure(response)).toEqual({ code: 'BAD_USER_INPUT', reason: 'SIGNATURE_INVALID' });
  });

  it('refuses an expired challenge', async () => {
    const person = await createStudent(prisma);
    const wallet = Wallet.createRandom();
    const issued = new Date(Date.now() - WALLET_LINK_CHALLENGE_TTL_MS - 1000);
    const challenge = await startWalletLink(prisma, person.id, wallet.address, { domain: '127.0.0.1:4000', now: issued });
    const signature = await wallet.signMessage(challenge.message);
    await expect(completeWalletLink(prisma, person.id, challenge.id, signature)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'CHALLENGE_EXPIRED' } });
  });

  it('does not let another person complete someone’s challenge', async () => {
    const person = await createStudent(prisma);
    const wallet = Wallet.createRandom();
    const challenge = await startLink(person.token, wallet);
    const stranger = await createStudent(prisma);
    const response = await platform.graphql(COMPLETE, { challengeId: challenge.id, signature: await wallet.signMessage(challenge.message) }, { token: stranger.token });
    expect(failure(response).code).toBe('NOT_FOUND');
  });

  it('refuses a wallet already linked to another account', async () => {
    const wallet = Wallet.createRandom();
    const first = await createStudent(prisma);
    const challenge = await startLink(first.token, wallet);
    await completeWalletLink(prisma, first.id, challenge.id, await wallet.signMessage(challenge.message));
    const second = await createStudent(prisma);
    const response = await platform.graphql(START, { address: wallet.address }, { token: second.token });
    expect(failure(response)).toEqual({ code: 'CONFLICT', reason: 'ADDRESS_TAKEN' });
  });

  it('refuses an address that is not one', async () => {
    const person = await createStudent(prisma);
    const response = await platform.graphql(START, { address: '0xnot-an-address' }, { token: person.token });
    expect(failure(response).code).toBe('BAD_USER_INPUT');
  });
});

describe('User.chainAddress', () => {
  it('is refused to a stranger', async () => {
    const person = await createStudent(prisma);
    const stranger = await createStudent(prisma);
    const response = await platform.graphql(`query ($id: ID!) { user(id: $id) { chainAddress { address } } }`, { id: person.id }, { token: stranger.token });
    expect(failure(response).code).toBe('FORBIDDEN');
  });
});
