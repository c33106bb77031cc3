// Deploys ScrollCoin and ScrollBadge and records them in ChainDeployment, one row per chain and contract.
// A recorded deployment whose code is still on chain is reused; otherwise the contract is (re)deployed.
import { ContractFactory, type Wallet } from 'ethers';
import type { PrismaClient } from '../../../kit/src/db';
import { CONTRACT_ARTIFACTS, CONTRACT_NAMES, type ContractName } from './contract-artifacts';

export interface DeployedContract {
  contract: ContractName;
  address: string;
  txHash: string;
  /** False when an earlier deployment was found and reused. */
  deployedNow: boolean;
}

export interface EnsureContractsOptions {
  /** Deploy fresh contracts even when recorded ones are live. @default false */
  redeploy?: boolean;
}

async function deploy(minter: Wallet, name: ContractName): Promise<{ address: string; txHash: string }> {
  const artifact = CONTRACT_ARTIFACTS.contracts[name];
  const factory = new ContractFactory(artifact.abi, artifact.bytecode, minter);
  const contract = await factory.deploy(minter.address);
  await contract.waitForDeployment();
  return { address: await contract.getAddress(), txHash: contract.deploymentTransaction()?.hash ?? '' };
}

/** Both contracts on `chainId`, deploying what is missing; the rows recorded in the database win races. */
export async function ensureContracts(
  prisma: PrismaClient,
  minter: Wallet,
  chainId: number,
  options: EnsureContractsOptions = {},
): Promise<Record<ContractName, DeployedContract>> {
  const provider = minter.provider;
  if (!provider) throw new Error('The minter wallet must be connected to the chain.');
  const result = {} as Record<ContractName, DeployedContract>;
  for (const name of CONTRACT_NAMES) {
    const recorded = await prisma.chainDeployment.findUnique({ where: { chainId_contract: { chainId, contract: name } } });
    if (recorded && !options.redeploy && (await provider.getCode(recorded.address)) !== '0x') {
      result[name] = { contract: name, address: recorded.address, txHash: recorded.txHash, deployedNow: false };
      continue;
    }
    const deployed = await deploy(minter, name);
    const row = await prisma.chainDeployment.upsert({
      where: { chainId_contract: { chainId, contract: name } },
      create: { chainId, contract: name, address: deployed.address, txHash: deployed.txHash },
      update: { address: deployed.address, txHash: deployed.txHash, deployedAt: new Date() },
    });
    result[name] = { contract: name, address: row.address, txHash: row.txHash, deployedNow: true };
  }
  return result;
}
