// docs/public-graph-changelog.md: schools read it to learn what changed in the public graph. Every
// change `npm run compose` writes to public-schema.graphql is appended under the day it was made.
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SchemaChange, SchemaChangeKind } from './schema-changes';

export const CHANGELOG_HEADER = `# Public graph changelog

Every change to the public graph at \`/public/graphql\` (its schema is \`public-schema.graphql\`), oldest
first. \`npm run compose\` appends an entry whenever the public schema changes; a breaking change is only
written once it is listed in \`public-schema-breaking-changes.allow\`.
`;

const LABELS: Record<SchemaChangeKind, string> = {
  breaking: 'Breaking',
  dangerous: 'Dangerous',
  added: 'Added',
  deprecated: 'Deprecated',
  changed: 'Changed',
};

/** One dated section listing the changes; `date` is YYYY-MM-DD (UTC). */
export function changelogEntry(changes: SchemaChange[], date: string): string {
  return `\n## ${date}\n\n${changes.map((change) => `- ${LABELS[change.kind]}: ${change.description}`).join('\n')}\n`;
}

export function appendChangelogEntry(path: string, entry: string): void {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, CHANGELOG_HEADER);
  }
  appendFileSync(path, entry);
}
