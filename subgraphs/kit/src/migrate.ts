// Runs the migration scripts (scripts/db-migrate.mjs, scripts/db-migrate-create.mjs) from TypeScript.
// They drive Prisma's WebAssembly schema engine, which must be loaded as an ES module with
// `--experimental-wasm-modules`, so they run in a child process of their own. The child is spawned
// asynchronously: the database it connects to may be the embedded PGlite server living in this very
// process, which has to keep answering while the child waits on it.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..', '..');
const scriptsDir = resolve(repoRoot, 'scripts');

/** The server the drift check borrows for its temporary shadow database when none is given. */
export const DEFAULT_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

interface ScriptResult {
  stdout: string;
  stderr: string;
}

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--experimental-wasm-modules', '--no-warnings', resolve(scriptsDir, script), ...args],
      { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise({ stdout, stderr });
      else reject(new Error(stderr.trim() || `${script} exited with ${signal ?? `code ${code}`}`));
    });
  });
}

/**
 * Applies pending migrations from prisma/migrations to `databaseUrl` (creating the database if the
 * server lacks it) and records them in `_prisma_migrations`. A no-op when everything is applied.
 * Rejects with the script's stderr.
 */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  await runScript('db-migrate.mjs', [], { DATABASE_URL: databaseUrl });
}

export interface SchemaDriftOptions {
  /** Folder of `*.prisma` files to compare against. @default prisma/schema */
  schemaDir?: string;
  /** Prisma migrations folder. @default prisma/migrations */
  migrationsDir?: string;
}

/**
 * SQL that a new migration would need for prisma/migrations to reach the Prisma schema; `''` when
 * the committed migrations match it. The migrations are replayed into a temporary database on the
 * server of `databaseUrl` (a real PostgreSQL; PGlite has a single database), dropped afterwards.
 */
export async function schemaDriftSql(
  databaseUrl: string = DEFAULT_SERVER_URL,
  options: SchemaDriftOptions = {},
): Promise<string> {
  const args = ['--check'];
  if (options.schemaDir) args.push('--schema-dir', resolve(options.schemaDir));
  if (options.migrationsDir) args.push('--migrations-dir', resolve(options.migrationsDir));
  const { stdout } = await runScript('db-migrate-create.mjs', args, { DATABASE_URL: databaseUrl });
  return stdout.trim();
}
