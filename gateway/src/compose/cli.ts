// `npm run compose` writes the subgraph SDL files, gateway/supergraph.graphql and schema.graphql;
// `npm run compose -- --check` writes nothing and fails when any committed file differs (CI).
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { findDrift } from './drift';
import { formatProblems } from './compose';
import { generateComposedFiles } from './generated-files';

const repoRoot = resolve(__dirname, '..', '..', '..');

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const outcome = await generateComposedFiles(repoRoot);
  if (!outcome.ok) {
    console.error(`Composition failed with ${outcome.problems.length} error(s):\n${formatProblems(outcome.problems)}`);
    console.error('Fix the subgraph schemas named above, then run `npm run compose` again.');
    return 1;
  }
  if (check) {
    const drifts = findDrift(outcome.files, repoRoot);
    if (drifts.length > 0) {
      console.error('Committed schema files differ from what the subgraphs compose to:');
      for (const drift of drifts) console.error(`  ${drift.path}: ${drift.detail}`);
      console.error('Run `npm run compose` and commit the result.');
      return 1;
    }
    console.log(`Composition is up to date (${outcome.files.length} files checked).`);
    return 0;
  }
  for (const file of outcome.files) {
    writeFileSync(file.path, file.content);
    console.log(`wrote ${relative(repoRoot, file.path)}`);
  }
  if (outcome.hints.length > 0) console.log(`${outcome.hints.length} composition hint(s):\n  ${outcome.hints.join('\n  ')}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
