// The compiled contracts (ABI + creation bytecode), committed so the platform deploys and calls them
// without a compiler. Regenerate with `npm run chain:compile`; a test fails when they drift.
import type { InterfaceAbi } from 'ethers';
import artifacts from './artifacts/contracts.json';

export type ContractName = 'ScrollCoin' | 'ScrollBadge';

export interface ContractArtifact {
  abi: InterfaceAbi;
  /** 0x-prefixed creation bytecode. */
  bytecode: string;
}

export interface ContractArtifacts {
  /** solc version that produced them. */
  compiler: string;
  contracts: Record<ContractName, ContractArtifact>;
}

export const CONTRACT_ARTIFACTS = artifacts as ContractArtifacts;
export const CONTRACT_NAMES: readonly ContractName[] = ['ScrollCoin', 'ScrollBadge'];
