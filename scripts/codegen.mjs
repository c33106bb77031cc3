// `npm run codegen`: generates typed code from schema.graphql (written by `npm run compose`), then the
// gateway's trusted-document manifest from the operations it generated.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../schema.graphql', import.meta.url))) {
  console.error('schema.graphql is missing: run `npm run compose` first.');
  process.exit(1);
}
const result = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.yml', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// The production gateway's trusted documents follow the operations just generated.
const manifest = spawnSync('npx', ['tsx', 'scripts/trusted-documents.ts'], { cwd: root, stdio: 'inherit' });
process.exit(manifest.status ?? 1);
