// `npm start`: the whole platform in one process with embedded defaults, demo data and one URL.
import path from 'node:path';
import { readPlatformConfig } from '../subgraphs/kit/src';
import { startPlatform } from './platform/start-platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';

async function main(): Promise<void> {
  const config = readPlatformConfig({ embedded: true });
  const platform = await startPlatform({ config, onProgress: (step) => console.log(`• ${step}`) });
  const mode = [
    platform.embeddedDatabase
      ? `embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), config.dataDir) || '.'}/`
      : 'PostgreSQL from DATABASE_URL',
    config.redisUrl ? 'Redis from REDIS_URL' : 'in-process pub/sub and event bus',
    config.smtpUrl ? 'SMTP from SMTP_URL' : 'dev mailbox (query devMailbox(email:) to read mail)',
  ];
  console.log(`\nScrollForge is running at ${platform.url.replace(/\/graphql$/, '/')}`);
  console.log(`GraphQL: ${platform.url}`);
  console.log(`Using: ${mode.join('; ')}`);
  console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.roles.join(', ').padEnd(20)} ${account.email}`);
  console.log('\nPress Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, shutting down…`);
    platform.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`\nScrollForge could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
