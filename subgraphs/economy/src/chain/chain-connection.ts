// One connection to the chain the economy mirrors to: the provider, the minter's wallet and the two
// contracts, either on a configured RPC endpoint or on the in-process local chain.
import { Contract, JsonRpcProvider, Wallet, type AbstractProvider } from 'ethers';
import type { ChainConfig } from './chain-config';
import { CONTRACT_ARTIFACTS } from './contract-artifacts';
import { startLocalChain } from './local-chain';

export interface ChainEndpoint {
  provider: AbstractProvider;
  chainId: number;
  /** Human description (the local chain says it is one). */
  label: string;
  local: boolean;
  /** Releases the provider (and stops the local chain). */
  close(): Promise<void>;
}

export interface ChainContracts {
  coin: Contract;
  badge: Contract;
  coinAddress: string;
  badgeAddress: string;
  /** The earliest block either contract was deployed in, where event searches start. */
  deployedAtBlock: number;
}

export interface ChainConnection extends ChainEndpoint, ChainContracts {
  /** Deployer of both contracts and the only account allowed to mint, burn and move. */
  minter: Wallet;
}

export interface OpenChainEndpointOptions {
  /** Where the local chain keeps its state; omitted keeps it in memory (tests). */
  localDataDir?: string;
}

export async function openChainEndpoint(config: ChainConfig, options: OpenChainEndpointOptions = {}): Promise<ChainEndpoint> {
  if (config.rpcUrl === undefined) {
    const chain = await startLocalChain({ dataDir: options.localDataDir });
    return { provider: chain.provider, chainId: chain.chainId, label: chain.label, local: true, close: () => chain.stop() };
  }
  const provider = new JsonRpcProvider(config.rpcUrl, undefined, { cacheTimeout: -1 });
  const network = await provider.getNetwork();
  return {
    provider,
    chainId: Number(network.chainId),
    label: `chain id ${network.chainId} at ${new URL(config.rpcUrl).host}`,
    local: false,
    async close() {
      provider.destroy();
    },
  };
}

export function bindContracts(endpoint: ChainEndpoint, minter: Wallet, addresses: Pick<ChainContracts, 'coinAddress' | 'badgeAddress' | 'deployedAtBlock'>): ChainConnection {
  return {
    ...endpoint,
    minter,
    coinAddress: addresses.coinAddress,
    badgeAddress: addresses.badgeAddress,
    deployedAtBlock: addresses.deployedAtBlock,
    coin: new Contract(addresses.coinAddress, CONTRACT_ARTIFACTS.contracts.ScrollCoin.abi, minter),
    badge: new Contract(addresses.badgeAddress, CONTRACT_ARTIFACTS.contracts.ScrollBadge.abi, minter),
  };
}
