// The in-process development chain (ganache) used when no CHAIN_RPC_URL is configured: embedded mode and
// tests. It is a local chain with development keys only; it is labelled as such wherever it shows.
import { mkdirSync } from 'node:fs';
import ganache, { type EthereumProvider } from 'ganache';
import { BrowserProvider, type Eip1193Provider } from 'ethers';
import { LOCAL_CHAIN_ID, LOCAL_CHAIN_MINTER_MNEMONIC } from './chain-config';

export interface LocalChainOptions {
  /** Folder the chain keeps its state in, so it survives restarts; omitted keeps it in memory. */
  dataDir?: string;
  /** Chain id. @default 1337 */
  chainId?: number;
}

export interface LocalChain {
  provider: BrowserProvider;
  chainId: number;
  /** What the chain is, for logs and the UI. */
  label: string;
  stop(): Promise<void>;
}

export async function startLocalChain(options: LocalChainOptions = {}): Promise<LocalChain> {
  const chainId = options.chainId ?? LOCAL_CHAIN_ID;
  // ganache's database expects its folder to exist.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const ethereum: EthereumProvider = ganache.provider({
    logging: { quiet: true },
    chain: { chainId, hardfork: 'shanghai' },
    wallet: { mnemonic: LOCAL_CHAIN_MINTER_MNEMONIC, totalAccounts: 1, defaultBalance: 1_000_000 },
    // Blocks are mined as transactions arrive, so a sent transaction has a receipt at once.
    miner: { instamine: 'eager' },
    ...(options.dataDir ? { database: { dbPath: options.dataDir } } : {}),
  });
  // ganache's request() speaks EIP-1193; ethers only needs that method.
  const provider = new BrowserProvider(ethereum as unknown as Eip1193Provider, chainId, { cacheTimeout: -1 });
  return {
    provider,
    chainId,
    label: `local development chain (in-process ganache, chain id ${chainId}; not a real network)`,
    async stop() {
      provider.destroy();
      await ethereum.disconnect();
    },
  };
}
