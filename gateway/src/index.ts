// The gateway as its own process: read env, start, stop gracefully on SIGTERM/SIGINT.
import { resolve } from 'node:path';
import { serviceLogger } from '@scrollforge/kit/src/logger';
import { startGateway } from './app';
import { readGatewayConfig } from './gateway-config';

const repoRoot = resolve(__dirname, '..', '..');
const logger = serviceLogger('gateway');

async function main(): Promise<void> {
  const gateway = await startGateway(readGatewayConfig(repoRoot));
  console.log(`gateway listening on ${gateway.url}`);
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping: draining in-flight requests');
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error }, 'graceful stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.error({ error }, 'could not start');
  console.error(`gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
