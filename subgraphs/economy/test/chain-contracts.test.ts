// The committed contract artifacts, their deployment, and what the contracts refuse.
import { Wallet } from 'ethers';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { anchorIdBytes } from '../src/chain/anchor-calls';
import { CONTRACT_ARTIFACTS } from '../src/chain/contract-artifacts';
import { compileContracts } from '../src/chain/contract-compiler';
import { ensureContracts } from '../src/chain/deployments';
import { startTestChain, type TestChain } from './support/chain';

let database: ScratchDatabase;
let testChain: TestChain;

beforeAll(async () => {
  database = await createScratchDatabase('econ_contracts');
  testChain = await startTestChain(database.prisma);
});

afterAll(async () => {
  await testChain?.stop();
  await database?.drop();
});

describe('contract artifacts', () => {
  it('match a fresh solc compile of the sources (run npm run chain:compile after editing a contract)', () => {
    const fresh = compileContracts();
    expect(fresh.compiler).toBe(CONTRACT_ARTIFACTS.compiler);
    expect(fresh.contracts.ScrollCoin).toEqual(CONTRACT_ARTIFACTS.contracts.ScrollCoin);
    expect(fresh.contracts.ScrollBadge).toEqual(CONTRACT_ARTIFACTS.contracts.ScrollBadge);
  });
});

describe('deployment', () => {
  it('records both contracts for the chain and reuses them on the next start', async () => {
    const { chain } = testChain;
    const rows = await database.prisma.chainDeployment.findMany({ where: { chainId: chain.chainId }, orderBy: { contract: 'asc' } });
    expect(rows.map((row) => [row.contract, row.address])).toEqual([
      ['ScrollBadge', chain.badgeAddress],
      ['ScrollCoin', chain.coinAddress],
    ]);
    const again = await ensureContracts(database.prisma, chain.minter, chain.chainId);
    expect(again.ScrollCoin).toMatchObject({ address: chain.coinAddress, deployedNow: false });
    expect(again.ScrollBadge).toMatchObject({ address: chain.badgeAddress, deployedNow: false });
  });

  it('deploys ScrollCoin with whole-coin units and the minter as owner', async () => {
    const { coin, minter } = testChain.chain;
    expect(await coin.getFunction('decimals')()).toBe(0n);
    expect(await coin.getFunction('owner')()).toBe(minter.address);
  });
});

describe('ScrollCoin', () => {
  it('applies an anchor id once and refuses it a second time', async () => {
    const { coin } = testChain.chain;
    const holder = Wallet.createRandom().address;
    const id = anchorIdBytes(crypto.randomUUID());
    await (await coin.getFunction('mint')(holder, 7, id)).wait();
    await expect(coin.getFunction('mint').staticCall(holder, 7, id)).rejects.toThrow(/AlreadyAnchored|revert/);
    expect(await coin.getFunction('balanceOf')(holder)).toBe(7n);
  });

  it('refuses mints from anyone but the owner', async () => {
    const { coin, provider } = testChain.chain;
    const stranger = Wallet.createRandom().connect(provider);
    await expect(coin.connect(stranger).getFunction('mint').staticCall(stranger.address, 1, anchorIdBytes(crypto.randomUUID()))).rejects.toThrow();
  });

  it('refuses holder transfers, which the ledger did not record', async () => {
    const { coin } = testChain.chain;
    await expect(coin.getFunction('transfer').staticCall(Wallet.createRandom().address, 1)).rejects.toThrow();
  });
});

describe('ScrollBadge', () => {
  it('declares ERC-721 and ERC-5192 support', async () => {
    const { badge } = testChain.chain;
    expect(await badge.getFunction('supportsInterface')('0x80ac58cd')).toBe(true);
    expect(await badge.getFunction('supportsInterface')('0xb45a3c0e')).toBe(true);
  });
});
