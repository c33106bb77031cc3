// The public graph is a promise to schools, so `npm run compose` refuses to write a public schema that
// breaks it unless each breaking change is named in public-schema-breaking-changes.allow: one
// description per line, exactly as compose prints it; `#` starts a comment.
import { findSchemaChanges, type SchemaChange } from './schema-changes';

export interface PublicSchemaReview {
  /** Every change from the committed public schema, breaking ones first; empty when nothing changed. */
  changes: SchemaChange[];
  /** Breaking changes the allow list does not name: while any remain, nothing may be written. */
  refused: string[];
}

export function parseAllowList(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/**
 * Compares the public schema compose would write with the committed one (undefined before the first).
 * `allowText` is the allow file's content, undefined when there is none.
 */
export function reviewPublicSchemaChange(committedSdl: string | undefined, nextSdl: string, allowText: string | undefined): PublicSchemaReview {
  const changes = findSchemaChanges(committedSdl, nextSdl);
  const allowed = parseAllowList(allowText ?? '');
  const refused = changes.filter((change) => change.kind === 'breaking' && !allowed.has(change.description)).map((change) => change.description);
  return { changes, refused };
}
