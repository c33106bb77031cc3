// `npm run db:migrate:create -- NAME` writes prisma/migrations/<timestamp>_<name>/migration.sql holding
// the SQL from the current migrations to prisma/schema (what `prisma migrate dev --create-only` does).
// `--check` prints that SQL instead and writes nothing (the drift check used by tests).
// The migrations are replayed into a temporary shadow database on DATABASE_URL's server.
import { defaultServerUrl, diffMigrationsToSchema, writeMigration } from './lib/schema-engine.mjs';

const usage = 'usage: npm run db:migrate:create -- <name> [--schema-dir DIR] [--migrations-dir DIR]\n' +
  '       npm run db:migrate:create -- --check [--schema-dir DIR] [--migrations-dir DIR]';

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ name?: string; check: boolean; schemaDir?: string; migrationsDir?: string }} */
  const args = { check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') args.check = true;
    else if (arg === '--schema-dir') args.schemaDir = argv[++i];
    else if (arg === '--migrations-dir') args.migrationsDir = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    } else if (arg?.startsWith('-') || args.name !== undefined) throw new Error(`Unexpected argument ${arg}\n${usage}`);
    else args.name = arg;
  }
  if (!args.check && !args.name) throw new Error(`Missing migration name\n${usage}`);
  return args;
}

try {
  const args = parseArgs(process.argv.slice(2));
  const connectionString = process.env.DATABASE_URL || defaultServerUrl;
  const sql = await diffMigrationsToSchema({
    connectionString,
    schemaDir: args.schemaDir,
    migrationsDir: args.migrationsDir,
  });
  if (args.check) {
    process.stdout.write(sql);
  } else if (!sql) {
    process.stdout.write('no changes: the migrations already match prisma/schema\n');
  } else {
    const dirName = await writeMigration({ name: /** @type {string} */ (args.name), sql, migrationsDir: args.migrationsDir });
    process.stdout.write(`created prisma/migrations/${dirName}/migration.sql\n`);
  }
} catch (error) {
  process.stderr.write(`db:migrate:create failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
// The engine leaves its advisory-lock timeout timer (10 s) armed after the lock is taken; exit now
// instead of idling until it fires. Output to pipes and files is written synchronously by then.
process.exit();
