// The rules authoring input follows, as zod schemas shared by the GraphQL arguments and the domain
// functions. Messages are shown to people as-is, so each one says what to send instead.
import { z } from 'zod';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const MAX_PREREQUISITES = 20;
export const MAX_CO_INSTRUCTORS = 20;
export const MAX_SUBTITLE_LANGUAGES = 50;
export const MAX_CAPTION_TRACKS = 30;
export const MAX_MATERIALS = 50;
/** WebVTT of a two-hour lecture is a few hundred kB; the whole request is capped at 2 MB anyway. */
export const MAX_CAPTION_CHARACTERS = 1_000_000;
export const MAX_TRANSCRIPT_CHARACTERS = 500_000;
export const MAX_MARKDOWN_CHARACTERS = 100_000;

/** Any id sent by a client: the 8-4-4-4-12 hex shape Postgres accepts for a uuid column. */
export const idRule = (what: string) => z.guid(`That is not a valid ${what} id.`);

const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}]/u;

/** A one-line name (course, module, lecture, material titles): trimmed, single spaces, no control characters. */
export const titleRule = (what: string, max = 200) =>
  z
    .string()
    .max(max * 4, `Use at most ${max} characters for the ${what}.`)
    .transform((text) => text.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, `Enter a ${what}.`)
        .max(max, `Use at most ${max} characters for the ${what}.`)
        .refine((text) => !CONTROL_CHARACTERS.test(text), `Use letters, digits, spaces and punctuation only in the ${what}.`),
    );

/** Free text (summaries, Markdown bodies, transcripts): trimmed, bounded. */
export const textRule = (what: string, max: number) =>
  z
    .string()
    .max(max, `The ${what} can be at most ${max.toLocaleString('en')} characters.`)
    .transform((text) => text.trim());

export const summaryRule = textRule('summary', 500);
export const descriptionRule = textRule('description', 50_000);

/**
 * Canonical BCP-47 tag ("en", "pt-BR", "zh-Hant-TW") or null when `tag` is not one. Letter case is
 * normalised the way Intl does it, so "EN-us" and "en-US" are the same language.
 */
export function canonicalLanguage(tag: string): string | null {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export const languageRule = z
  .string()
  .max(40, 'That is not a language code; use one such as en, fr or pt-BR.')
  .transform((tag, context) => {
    const canonical = canonicalLanguage(tag.trim());
    if (canonical === null) {
      context.addIssue({ code: 'custom', message: `"${tag.slice(0, 40)}" is not a language code; use one such as en, fr or pt-BR.` });
      return z.NEVER;
    }
    return canonical;
  });

export const languageListRule = z
  .array(languageRule)
  .max(MAX_SUBTITLE_LANGUAGES, `List at most ${MAX_SUBTITLE_LANGUAGES} languages.`)
  .transform((languages) => [...new Set(languages)]);

/** Lowercase, trimmed, single-spaced tags in first-seen order without repeats. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase()))];
}

export const tagsRule = z
  .array(z.string().max(MAX_TAG_LENGTH * 4, `A tag can be at most ${MAX_TAG_LENGTH} characters.`))
  .max(MAX_TAGS * 5, `Use at most ${MAX_TAGS} tags.`)
  .transform(normaliseTags)
  .pipe(
    z
      .array(
        z
          .string()
          .min(1, 'A tag cannot be blank; remove it or type a word.')
          .max(MAX_TAG_LENGTH, `A tag can be at most ${MAX_TAG_LENGTH} characters.`)
          .refine((tag) => !CONTROL_CHARACTERS.test(tag), 'Use letters, digits, spaces and punctuation only in tags.'),
      )
      .max(MAX_TAGS, `Use at most ${MAX_TAGS} different tags.`),
  );

export const durationHoursRule = z
  .number()
  .min(0, 'The duration cannot be negative.')
  .max(10_000, 'The duration can be at most 10,000 hours.');

/** Bounds a list whose elements are checked on their own (GraphQL input objects). */
export const boundedList = <T>(max: number, message: string) => z.array(z.custom<T>()).max(max, message);

export const idListRule = (what: string, max: number) =>
  z
    .array(idRule(what))
    .max(max, `List at most ${max} ${what}s.`)
    .superRefine((ids, context) => {
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (repeated.length > 0) context.addIssue({ code: 'custom', message: `Each ${what} can be listed once; ${repeated[0]} appears more than once.` });
    });

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export const httpsUrlRule = (what: string) =>
  z
    .string()
    .max(2000, `The ${what} can be at most 2,000 characters.`)
    .transform((url) => url.trim())
    .refine(isHttpsUrl, `The ${what} must be a full https:// link, e.g. https://media.example.org/lecture-1.mp4.`);

/** A WebVTT file starts with "WEBVTT" (after an optional byte-order mark), then a space, tab or line break. */
export function looksLikeWebVtt(text: string): boolean {
  return /^\uFEFF?WEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|$)/.test(text);
}

export const webVttRule = z
  .string()
  .max(MAX_CAPTION_CHARACTERS, `A caption track can be at most ${MAX_CAPTION_CHARACTERS.toLocaleString('en')} characters.`)
  .refine(looksLikeWebVtt, 'Captions must be a WebVTT file: the first line is "WEBVTT". Export the captions as .vtt and paste them again.');

export const percentRule = (what: string) =>
  z.number().int(`The ${what} is a whole number.`).min(0, `The ${what} is between 0 and 100.`).max(100, `The ${what} is between 0 and 100.`);

export const durationSecondsRule = z
  .number()
  .int('The duration is a whole number of seconds.')
  .min(0, 'The duration cannot be negative.')
  .max(24 * 3600, 'A lecture can be at most 24 hours (86,400 seconds) long.');

export const estimatedMinutesRule = z
  .number()
  .int('The estimate is a whole number of minutes.')
  .min(1, 'Estimate at least 1 minute.')
  .max(600, 'Estimate at most 600 minutes; split longer readings.');

export const pointsRule = z
  .number()
  .int('Points are a whole number.')
  .min(0, 'Points cannot be negative.')
  .max(1000, 'An assignment can be worth at most 1,000 points.');

export const timeLimitSecondsRule = z
  .number()
  .int('The time limit is a whole number of seconds.')
  .min(60, 'A time limit is at least 60 seconds; leave it out for an untimed quiz.')
  .max(24 * 3600, 'A time limit can be at most 24 hours (86,400 seconds).');

export const maxAttemptsRule = z
  .number()
  .int('Attempts are a whole number.')
  .min(1, 'Allow at least 1 attempt; leave it out for unlimited attempts.')
  .max(100, 'Allow at most 100 attempts; leave it out for unlimited attempts.');

export const questionPointsRule = z
  .number()
  .int('Points are a whole number.')
  .min(1, 'A question is worth at least 1 point.')
  .max(100, 'A question can be worth at most 100 points.');

export const gradeLevelRule = z.number().int('The grade is a whole number.').min(1, 'The grade is between 1 and 12.').max(12, 'The grade is between 1 and 12.');

/** A reason given to people (a rejection note): trimmed, long enough to say something. */
export const rejectionReasonRule = z
  .string()
  .max(4000, 'Keep the reason under 4,000 characters.')
  .transform((reason) => reason.trim());
export const MIN_REJECTION_REASON = 10;
