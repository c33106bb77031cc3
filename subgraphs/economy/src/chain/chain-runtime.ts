// The economy's chain runtime: connects to CHAIN_RPC_URL (or starts the labelled local chain), makes sure
// both contracts are deployed on it, and runs the anchoring worker. One per process and Prisma client;
// resolvers reach it through their services.
import path from 'node:path';
import { Wallet } from 'ethers';
import type { SubgraphServices } from '../../../kit/src/context';
import type { PrismaClient } from '../../../kit/src/db';
import { serviceLogger } from '../../../kit/src/logger';
import { createAnchoringWorker, type AnchoringWorker, type AnchoringWorkerOptions } from './anchoring-worker';
import { chainConfigFromEnv, type ChainConfig } from './chain-config';
import { bindContracts, openChainEndpoint, type ChainConnection } from './chain-connection';
import { ensureContracts } from './deployments';

/** Where the gateway is reached when PUBLIC_URL is unset (embedded default). */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:4000';

export interface ChainRuntime {
  config: ChainConfig;
  chain: ChainConnection;
  worker: AnchoringWorker;
  /** Base URL badge token URIs point at. */
  publicUrl: string;
  /** Stops the worker and releases the chain (stopping the local one). Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartChainRuntimeOptions {
  /** Run the anchoring loop. @default true */
  runWorker?: boolean;
  /** Keep the local chain in memory instead of under DATA_DIR/chain (tests). @default false */
  ephemeralLocalChain?: boolean;
  /** Worker tuning (interval, attempts, backoff). */
  worker?: Partial<Pick<AnchoringWorkerOptions, 'intervalMs' | 'maxAttempts' | 'backoffBaseMs' | 'backoffMaxMs' | 'batchSize'>>;
}

const runtimes = new WeakMap<PrismaClient, Promise<ChainRuntime>>();

export function publicUrlFrom(env: SubgraphServices['env']): string {
  return (env.PUBLIC_URL?.trim() || DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
}

async function deployedAtBlock(chain: Pick<ChainConnection, 'provider'>, txHashes: string[]): Promise<number> {
  const blocks = await Promise.all(txHashes.map(async (hash) => (hash ? ((await chain.provider.getTransactionReceipt(hash))?.blockNumber ?? 0) : 0)));
  return Math.min(...blocks);
}

async function startRuntime(services: SubgraphServices, options: StartChainRuntimeOptions): Promise<ChainRuntime> {
  const logger = serviceLogger('economy-chain');
  const config = chainConfigFromEnv(services.env);
  const dataDir = path.resolve(services.env.DATA_DIR?.trim() || '.data');
  const endpoint = await openChainEndpoint(config, { localDataDir: options.ephemeralLocalChain ? undefined : path.join(dataDir, 'chain') });
  try {
    const minter = new Wallet(config.minterPrivateKey, endpoint.provider);
    const deployed = await ensureContracts(services.prisma, minter, endpoint.chainId);
    const chain = bindContracts(endpoint, minter, {
      coinAddress: deployed.ScrollCoin.address,
      badgeAddress: deployed.ScrollBadge.address,
      deployedAtBlock: await deployedAtBlock(endpoint, [deployed.ScrollCoin.txHash, deployed.ScrollBadge.txHash]),
    });
    const publicUrl = publicUrlFrom(services.env);
    const worker = createAnchoringWorker({ prisma: services.prisma, chain, confirmations: config.confirmations, publicUrl, logger, ...options.worker });
    if (options.runWorker ?? true) worker.start();
    logger.info({ chain: endpoint.label, coin: chain.coinAddress, badge: chain.badgeAddress, confirmations: config.confirmations }, 'chain runtime started');
    let stopped: Promise<void> | undefined;
    return {
      config,
      chain,
      worker,
      publicUrl,
      stop() {
        stopped ??= (async () => {
          runtimes.delete(services.prisma);
          await worker.stop();
          await endpoint.close();
        })();
        return stopped;
      },
    };
  } catch (error) {
    await endpoint.close();
    throw error;
  }
}

/** Starts (or returns the already started) chain runtime for these services. */
export function startChainRuntime(services: SubgraphServices, options: StartChainRuntimeOptions = {}): Promise<ChainRuntime> {
  let runtime = runtimes.get(services.prisma);
  if (!runtime) {
    runtime = startRuntime(services, options);
    runtimes.set(services.prisma, runtime);
    runtime.catch(() => runtimes.delete(services.prisma));
  }
  return runtime;
}

/**
 * The runtime the economy subgraph started; resolvers that read the chain call this. A process that
 * runs no anchoring worker connects on first use instead of at start (starting the local chain takes
 * a while and most requests never touch the chain).
 */
export function chainRuntime(services: SubgraphServices): Promise<ChainRuntime> {
  return runtimes.get(services.prisma) ?? startChainRuntime(services, { runWorker: false });
}

/** Stops this process's chain runtime if one was started (on demand or at start). */
export async function stopChainRuntime(services: Pick<SubgraphServices, 'prisma'>): Promise<void> {
  const runtime = runtimes.get(services.prisma);
  if (runtime) await (await runtime.catch(() => null))?.stop();
}
