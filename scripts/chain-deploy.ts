// `npm run chain:deploy`: deploys ScrollCoin and ScrollBadge to CHAIN_RPC_URL with CHAIN_PRIVATE_KEY and
// records them in ChainDeployment (DATABASE_URL). Live recorded deployments are kept unless --redeploy.
import { Wallet } from 'ethers';
import { createPrismaClient } from '../subgraphs/kit/src/db';
import { requireEnv } from '../subgraphs/kit/src/env';
import { chainConfigFromEnv } from '../subgraphs/economy/src/chain/chain-config';
import { openChainEndpoint } from '../subgraphs/economy/src/chain/chain-connection';
import { ensureContracts } from '../subgraphs/economy/src/chain/deployments';

async function main(): Promise<void> {
  requireEnv('CHAIN_RPC_URL', 'Set it to the JSON-RPC URL of the chain to deploy to (embedded mode deploys to its local chain by itself).');
  const databaseUrl = requireEnv('DATABASE_URL', 'Set it to the PostgreSQL URL the platform uses, so the deployment is recorded.');
  const config = chainConfigFromEnv(process.env);
  const endpoint = await openChainEndpoint(config);
  const prisma = createPrismaClient({ url: databaseUrl, poolMax: 2 });
  try {
    const minter = new Wallet(config.minterPrivateKey, endpoint.provider);
    console.log(`Deploying from ${minter.address} to ${endpoint.label}…`);
    const deployed = await ensureContracts(prisma, minter, endpoint.chainId, { redeploy: process.argv.includes('--redeploy') });
    for (const contract of Object.values(deployed)) {
      console.log(`${contract.contract}: ${contract.address} (${contract.deployedNow ? `deployed in ${contract.txHash}` : 'already deployed, kept'})`);
    }
  } finally {
    await prisma.$disconnect();
    await endpoint.close();
  }
}

main().catch((error: unknown) => {
  console.error(`chain:deploy failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
