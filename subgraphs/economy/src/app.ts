// Builds and serves the economy subgraph; the caller decides the port and supplies the services.
import type { SubgraphServices } from '../../kit/src/context';
import { startSubgraph, type RunningSubgraph } from '../../kit/src/server';
import type { SubgraphProcessOptions } from '../../kit/src/run-subgraph';
import { buildEconomySchema } from './schema';
import { registerEconomyEventHandlers } from './event-handlers';
import { startChainRuntime, stopChainRuntime } from './chain/chain-runtime';
import { seedTutorPlanOffersFromEnv } from './subscriptions/tutor-plan-offers';
import { seedAchievements } from './achievements/seed-achievements';

/** Orders, transfers and webhook payloads are small; 1 MB is generous. */
export const ECONOMY_BODY_LIMIT_BYTES = 1024 * 1024;

export interface StartEconomySubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  services: SubgraphServices;
  /** Shared secret the gateway signs viewer headers with. */
  signingSecret: string;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
}

export async function startEconomySubgraph(options: StartEconomySubgraphOptions): Promise<RunningSubgraph> {
  // The paid tutor plans' Stripe prices come from the environment of the running deployment.
  await seedTutorPlanOffersFromEnv(options.services.prisma, options.services.env);
  // Achievement definitions are the platform's rules, not demo data: every deployment has them.
  await seedAchievements(options.services.prisma);
  // The anchoring worker starts with the subgraph; without it the chain is connected on first use.
  if (options.services.env.CHAIN_ANCHORING !== 'off') await startChainRuntime(options.services, { runWorker: true });
  try {
    const running = await startSubgraph({
      name: 'economy',
      schema: buildEconomySchema(),
      port: options.port,
      host: options.host,
      signingSecret: options.signingSecret,
      services: options.services,
      bodyLimitBytes: ECONOMY_BODY_LIMIT_BYTES,
    });
    return {
      ...running,
      async stop() {
        await running.stop();
        await stopChainRuntime(options.services);
      },
    };
  } catch (error) {
    await stopChainRuntime(options.services);
    throw error;
  }
}

/** How the launchers run this subgraph: its name, services-mode port, its outbox and its consumers. */
export const ECONOMY_SUBGRAPH: SubgraphProcessOptions = {
  name: 'economy',
  defaultPort: 4004,
  outboxDomains: ['economy'],
  start: startEconomySubgraph,
  subscribe: registerEconomyEventHandlers,
};
