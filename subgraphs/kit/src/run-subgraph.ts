// The process entry of one subgraph in services mode: read env, build services, relay this domain's
// outbox, serve, and stop gracefully on SIGTERM/SIGINT.
import type { SubgraphServices } from './context';
import { portEnv, subgraphPortEnvName } from './env';
import { createEventBus, type EventBus } from './events';
import { serviceLogger } from './logger';
import { readPlatformConfig } from './platform-config';
import type { RunningSubgraph } from './server';
import { createSubgraphServices } from './services';

export interface SubgraphProcessOptions {
  name: string;
  defaultPort: number;
  outboxDomains: string[];
  /** Registers this subgraph's event handlers (consumer groups) on the bus before it starts. */
  subscribe?(bus: EventBus, services: SubgraphServices): void;
  start(options: { port: number; host?: string; services: SubgraphServices; signingSecret: string }): Promise<RunningSubgraph>;
}

export async function runSubgraphProcess(options: SubgraphProcessOptions): Promise<void> {
  const logger = serviceLogger(options.name);
  try {
    const config = readPlatformConfig({ embedded: false });
    const portName = subgraphPortEnvName(options.name);
    const handle = createSubgraphServices(config, { databaseUrl: config.databaseUrl as string });
    const bus = createEventBus({
      prisma: handle.services.prisma,
      domains: options.outboxDomains,
      redisUrl: config.redisUrl,
      logger: serviceLogger(`${options.name}-events`),
    });
    options.subscribe?.(bus, handle.services);
    await bus.start();
    const running = await options.start({
      port: portEnv(portName, options.defaultPort),
      host: process.env.HOST ?? '127.0.0.1',
      services: handle.services,
      signingSecret: config.secrets.gatewaySigning,
    });
    console.log(`${options.name} subgraph listening on ${running.url}`);
    // A second signal while draining (a launcher relaying the one its group also got) must not cut the
    // drain short by falling through to the default action, so every signal is heard and the first wins.
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await running.stop();
      await bus.stop();
      await handle.close();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop());
    process.on('SIGINT', () => void stop());
  } catch (error) {
    logger.error({ error }, 'could not start');
    console.error(`${options.name} subgraph could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
