// `npm run db:migrate` applies prisma/migrations to DATABASE_URL like `prisma migrate deploy`:
// pending migrations run in order and are recorded in `_prisma_migrations`; applied ones are skipped.
// The database is created first when the server does not have it.
import { applyMigrations } from './lib/schema-engine.mjs';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  process.stderr.write(
    'db:migrate: DATABASE_URL is not set.\n' +
      'Set it to the database to migrate, e.g.\n' +
      '  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scrollforge npm run db:migrate\n',
  );
  process.exit(1);
}

try {
  const applied = await applyMigrations(connectionString);
  if (applied.length === 0) process.stdout.write('db:migrate: database is up to date\n');
  for (const name of applied) process.stdout.write(`applied ${name}\n`);
} catch (error) {
  process.stderr.write(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
// The engine leaves its advisory-lock timeout timer (10 s) armed after the lock is taken; exit now
// instead of idling until it fires. Output to pipes and files is written synchronously by then.
process.exit();
