// The public graph's change control: breaking changes need the allow list, every change is logged in
// the changelog, and the committed public files are what the subgraphs compose to.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAllowList, reviewPublicSchemaChange } from '../src/compose/breaking-change-check';
import { formatProblems } from '../src/compose/compose';
import { findDrift } from '../src/compose/drift';
import { generateComposedFiles, publicSchemaPath, publicSupergraphPath } from '../src/compose/generated-files';
import { CHANGELOG_HEADER, appendChangelogEntry, changelogEntry } from '../src/compose/public-changelog';
import { findSchemaChanges } from '../src/compose/schema-changes';

const repoRoot = resolve(__dirname, '..', '..');

const before = `
# Generated notice
type Query { courses(first: Int): [Course!]! course(id: ID!): Course }
type Course { id: ID! title: String! level: Level }
enum Level { EASY HARD }
`;

const after = `
type Query { courses(first: Int, language: String): [Course!]! }
type Course { id: ID! title: String! @deprecated(reason: "Use name.") name: String! level: Level faculty: Faculty }
type Faculty { id: ID! }
enum Level { EASY HARD EXPERT }
`;

describe('schema changes', () => {
  test('lists breaking, dangerous and added changes in graphql-js’ own words', () => {
    expect(findSchemaChanges(before, after)).toEqual([
      { kind: 'breaking', description: 'Query.course was removed.' },
      { kind: 'dangerous', description: 'An optional arg language on Query.courses was added.' },
      { kind: 'dangerous', description: 'EXPERT was added to enum type Level.' },
      { kind: 'deprecated', description: 'Course.title was deprecated: Use name.' },
      { kind: 'added', description: 'Course.name was added.' },
      { kind: 'added', description: 'Course.faculty was added.' },
      { kind: 'added', description: 'Faculty was added.' },
    ]);
  });

  test('finds nothing between a schema and itself, even with another header comment', () => {
    expect(findSchemaChanges(before, before.replace('# Generated notice', ''))).toEqual([]);
  });

  test('reports a description-only change', () => {
    expect(findSchemaChanges(before, before.replace('type Course', '"A course." type Course'))).toEqual([
      { kind: 'changed', description: 'Descriptions or other details without effect on queries changed.' },
    ]);
  });

  test('lists every type of the first public schema as added', () => {
    expect(findSchemaChanges(undefined, before).map((change) => change.description)).toEqual(['Query was added.', 'Course was added.', 'Level was added.']);
  });
});

describe('breaking-change check', () => {
  test('refuses a breaking change the allow list does not name', () => {
    expect(reviewPublicSchemaChange(before, after, undefined).refused).toEqual(['Query.course was removed.']);
    expect(reviewPublicSchemaChange(before, after, '# agreed with schools on 2026-11-01\nCourse.title was removed.\n').refused).toEqual(['Query.course was removed.']);
  });

  test('lets a breaking change through once its exact description is on the allow list', () => {
    const review = reviewPublicSchemaChange(before, after, '# Agreed with the schools in October.\n\n  Query.course was removed.  \n');
    expect(review.refused).toEqual([]);
    expect(review.changes).toHaveLength(7);
  });

  test('never refuses additions', () => {
    expect(reviewPublicSchemaChange(before, `${before}\ntype Extra { id: ID! }\nextend type Query { extra: Extra }`, undefined)).toEqual({
      changes: [
        { kind: 'added', description: 'Query.extra was added.' },
        { kind: 'added', description: 'Extra was added.' },
      ],
      refused: [],
    });
  });

  test('reads the allow file’s lines without comments or blanks', () => {
    expect([...parseAllowList('# why\nA was removed.\n\n  # indented comment\nB was removed.\n')]).toEqual(['A was removed.', 'B was removed.']);
  });
});

describe('changelog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'public-changelog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('appends each change under its date, creating the file with its header first', () => {
    const path = join(dir, 'docs', 'public-graph-changelog.md');
    appendChangelogEntry(path, changelogEntry(findSchemaChanges(before, after).slice(0, 2), '2026-11-23'));
    appendChangelogEntry(path, changelogEntry([{ kind: 'added', description: 'Faculty was added.' }], '2026-11-24'));
    expect(readFileSync(path, 'utf8')).toBe(
      `${CHANGELOG_HEADER}\n## 2026-11-23\n\n- Breaking: Query.course was removed.\n- Dangerous: An optional arg language on Query.courses was added.\n` +
        `\n## 2026-11-24\n\n- Added: Faculty was added.\n`,
    );
  });
});

test('the committed public supergraph and public schema match what the subgraphs compose to', async () => {
  const outcome = await generateComposedFiles(repoRoot);
  if (!outcome.ok) throw new Error(`composition failed:\n${formatProblems(outcome.problems)}`);
  const publicFiles = outcome.files.filter((file) => file.path === publicSchemaPath(repoRoot) || file.path === publicSupergraphPath(repoRoot));
  expect(publicFiles).toHaveLength(2);
  expect(findDrift(publicFiles, repoRoot)).toEqual([]);
  expect(existsSync(join(repoRoot, 'docs', 'public-graph-changelog.md'))).toBe(true);
});
