// `npm run compose` writes the subgraph SDL files, gateway/supergraph.graphql and schema.graphql, and
// the public graph's gateway/public-supergraph.graphql and public-schema.graphql (refusing breaking
// changes the allow list does not name, and logging every public change in the changelog);
// `npm run compose -- --check` writes nothing and fails when any committed file differs (CI).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { reviewPublicSchemaChange } from './breaking-change-check';
import { findDrift } from './drift';
import { formatProblems } from './compose';
import { breakingChangesAllowPath, generateComposedFiles, publicChangelogPath, publicSchemaPath } from './generated-files';
import { appendChangelogEntry, changelogEntry } from './public-changelog';
import type { SchemaChange } from './schema-changes';

const repoRoot = resolve(__dirname, '..', '..', '..');

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const outcome = await generateComposedFiles(repoRoot);
  if (!outcome.ok) {
    console.error(`Composition failed with ${outcome.problems.length} error(s):\n${formatProblems(outcome.problems)}`);
    console.error('Fix the subgraph schemas named above, then run `npm run compose` again.');
    return 1;
  }
  for (const note of outcome.notes) console.log(note);
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
  let publicChanges: SchemaChange[] = [];
  const publicSchema = outcome.files.find((file) => file.path === publicSchemaPath(repoRoot));
  if (publicSchema !== undefined) {
    const review = reviewPublicSchemaChange(readIfPresent(publicSchema.path), publicSchema.content, readIfPresent(breakingChangesAllowPath(repoRoot)));
    if (review.refused.length > 0) {
      console.error(`The public graph would break for schools with ${review.refused.length} breaking change(s):`);
      for (const description of review.refused) console.error(`  ${description}`);
      console.error(
        'Nothing was written. Keep the public fields (deprecate them instead), or, once the change is agreed with the schools, ' +
          `add each line above to ${relative(repoRoot, breakingChangesAllowPath(repoRoot))} and run \`npm run compose\` again.`,
      );
      return 1;
    }
    publicChanges = review.changes;
  }
  for (const file of outcome.files) {
    writeFileSync(file.path, file.content);
    console.log(`wrote ${relative(repoRoot, file.path)}`);
  }
  if (publicChanges.length > 0) {
    const changelog = publicChangelogPath(repoRoot);
    appendChangelogEntry(changelog, changelogEntry(publicChanges, new Date().toISOString().slice(0, 10)));
    console.log(`appended ${publicChanges.length} public graph change(s) to ${relative(repoRoot, changelog)}`);
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
