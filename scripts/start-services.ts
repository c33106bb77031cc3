// `npm run start:services`: each subgraph and the gateway as its own process against DATABASE_URL and
// REDIS_URL (the docker-compose shape). Migrates first, waits on health, forwards signals.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { optionalEnv, portEnv, requireEnv, subgraphPortEnvName, subgraphUrlEnvName } from '../subgraphs/kit/src/env';
import { migrateDatabase } from '../subgraphs/kit/src/migrate';
import { waitFor } from '../subgraphs/kit/src/wait-for';
import { SUBGRAPHS } from './platform/subgraph-registry';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<boolean> {
  return waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode} before it became healthy`);
      return fetch(url).then((response) => response.ok, () => false);
    },
    { timeoutMs, intervalMs: 200, what: `${url} to become healthy` },
  );
}

async function main(): Promise<void> {
  const databaseUrl = requireEnv('DATABASE_URL', 'Point it at PostgreSQL, e.g. postgresql://postgres@127.0.0.1:5432/scrollforge.');
  if (!optionalEnv('REDIS_URL')) console.warn('REDIS_URL is not set: each process uses in-process pub/sub, so events do not cross processes.');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['GATEWAY_SIGNING_SECRET', 'JWT_SECRET', 'FILE_SIGNING_SECRET']) {
    if (!optionalEnv(name)) {
      env[name] = randomBytes(32).toString('hex');
      console.warn(`${name} is not set: using a random one for this run (tokens will not survive a restart).`);
    }
  }
  console.log('• applying database migrations');
  await migrateDatabase(databaseUrl);

  const children: ChildProcess[] = [];
  const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  const urls: Record<string, string> = {};
  for (const entry of SUBGRAPHS) {
    const port = portEnv(subgraphPortEnvName(entry.name), entry.defaultPort);
    const child = spawn(TSX, [path.join(ROOT, entry.entry)], { env: { ...env, [subgraphPortEnvName(entry.name)]: String(port) }, stdio: 'inherit' });
    children.push(child);
    urls[subgraphUrlEnvName(entry.name)] = `http://127.0.0.1:${port}/graphql`;
    await waitForHealth(`http://127.0.0.1:${port}/health`, child);
  }
  const gatewayPort = portEnv('GATEWAY_PORT', 4000);
  const gateway = spawn(TSX, [path.join(ROOT, 'gateway/src/index.ts')], { env: { ...env, ...urls, GATEWAY_PORT: String(gatewayPort) }, stdio: 'inherit' });
  children.push(gateway);
  await waitForHealth(`http://127.0.0.1:${gatewayPort}/health`, gateway);
  console.log(`\nScrollForge services are up; gateway at http://127.0.0.1:${gatewayPort}/graphql`);
  gateway.on('exit', (code) => {
    stopAll();
    process.exitCode = code ?? 1;
  });
}

main().catch((error: unknown) => {
  console.error(`start:services failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
