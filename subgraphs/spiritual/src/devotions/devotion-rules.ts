// The rules devotion and reading-plan input follows, as zod schemas for the GraphQL arguments. Messages
// are shown to people as they are, so each says what to enter instead.
import { z } from 'zod';
import { normalisedScriptureReferences } from '../../../kit/src/scripture-references';

export { isoDateRule, timezoneRule } from '../../../kit/src/zoned-time';

// Any 8-4-4-4-12 hex id: Postgres accepts every such value, so stricter RFC checks would only refuse valid rows.
export const idRule = (what: string) => z.guid(`That is not a valid ${what} id.`);

const requiredText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Write the ${what}; it cannot be empty.`)
    .max(max, `Keep the ${what} to ${max} characters or fewer.`);

export const titleRule = requiredText('title', 200);
export const reflectionRule = requiredText('reflection', 10_000);
export const prayerPromptRule = requiredText('prayer prompt', 2_000);
export const actionStepRule = requiredText('action step', 2_000);
export const passageTextRule = requiredText('passage text', 10_000);
export const notesRule = z.string().trim().max(5_000, 'Keep your notes to 5000 characters or fewer.');

/** A translation code such as KJV or WEB, stored upper-case. */
export const translationRule = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,12}$/, 'Name the translation by its code, e.g. KJV or WEB.');

/** Exactly one scripture reference, returned in its canonical spelling ("jn 3:16" → "John 3:16"). */
export const referenceRule = z.string().transform((text, context) => {
  const references = normalisedScriptureReferences(text);
  if (references.length !== 1) {
    context.addIssue({
      code: 'custom',
      message: `"${text}" is not one scripture reference; write a single passage such as John 3:16-17 or Psalm 23.`,
    });
    return z.NEVER;
  }
  return references[0] as string;
});

export const audioUrlRule = z
  .url({ protocol: /^https$/, message: 'The audio link must be a full https:// address.' })
  .max(2_000, 'The audio link is too long.');

export const dayNumberRule = z
  .number()
  .int('The day number is a whole number.')
  .min(1, 'Reading plan days are numbered from 1.')
  .max(1_000, 'Reading plan days are numbered from 1 to 1000.');

export const withUserIdsRule = z.array(idRule('person')).max(50, 'Invite at most 50 friends at once.');
