// The chain runtime without CHAIN_RPC_URL: a labelled local chain, contracts deployed at start and found
// again in ChainDeployment, and the settings it reads.
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { chainConfigFromEnv } from '../src/chain/chain-config';
import { startChainRuntime } from '../src/chain/chain-runtime';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';

let database: ScratchDatabase;
let services: TestServices;

beforeAll(async () => {
  database = await createScratchDatabase('econ_chain_runtime');
  services = createTestServices({ env: { DATABASE_URL: database.url } });
});

afterAll(async () => {
  await services?.close();
  await database?.drop();
});

describe('startChainRuntime', () => {
  it('starts a labelled local chain, deploys both contracts and records them', async () => {
    const runtime = await startChainRuntime(services.services, { ephemeralLocalChain: true, runWorker: false });
    try {
      expect(runtime.chain.local).toBe(true);
      expect(runtime.chain.label).toMatch(/local development chain/);
      expect(runtime.config.confirmations).toBe(1);
      expect(await startChainRuntime(services.services)).toBe(runtime);
      const rows = await services.services.prisma.chainDeployment.findMany({ where: { chainId: runtime.chain.chainId } });
      expect(rows.map((row) => row.address).sort()).toEqual([runtime.chain.badgeAddress, runtime.chain.coinAddress].sort());
    } finally {
      await runtime.stop();
    }
  });
});

describe('chainConfigFromEnv', () => {
  it('asks for the minter key and the custody mnemonic when a real chain is configured', () => {
    expect(() => chainConfigFromEnv({ CHAIN_RPC_URL: 'http://127.0.0.1:8545' })).toThrow(/CHAIN_PRIVATE_KEY/);
    expect(() => chainConfigFromEnv({ CHAIN_RPC_URL: 'http://127.0.0.1:8545', CHAIN_PRIVATE_KEY: '0x01' })).toThrow(/CHAIN_MNEMONIC/);
  });

  it('waits for 3 confirmations on a real chain unless CHAIN_CONFIRMATIONS says otherwise', () => {
    const real = { CHAIN_RPC_URL: 'http://127.0.0.1:8545', CHAIN_PRIVATE_KEY: '0x01', CHAIN_MNEMONIC: 'm' };
    expect(chainConfigFromEnv(real).confirmations).toBe(3);
    expect(chainConfigFromEnv({ ...real, CHAIN_CONFIRMATIONS: '12' }).confirmations).toBe(12);
    expect(() => chainConfigFromEnv({ ...real, CHAIN_CONFIRMATIONS: 'soon' })).toThrow(/CHAIN_CONFIRMATIONS/);
  });
});
