// Generates the Prisma client and Pothos types. Prisma's CLI wants a native schema engine it cannot
// download here; generate never runs it, so any existing file satisfies the check.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync('npx', ['prisma', 'generate'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.stderr.write('\nprisma generate failed: fix prisma/schema/*.prisma and run `npm run db:generate` again.\n');
  process.exit(result.status ?? 1);
}
