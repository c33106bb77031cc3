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
  // A second signal while draining (a launcher relaying the one its group also got) must not cut the
  // drain short by falling through to the default action, so every signal is heard and the first wins.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: draining in-flight requests');
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error }, 'graceful stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.error({ error }, 'could not start');
  console.error(`gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
