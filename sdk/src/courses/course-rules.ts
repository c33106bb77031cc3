// The authoring rules a course file is checked against before anything is created. They follow the
// courses subgraph's own limits, so a file that passes here is not refused halfway through an import.

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type CourseDifficulty = (typeof DIFFICULTIES)[number];
export const LECTURE_KINDS = ['video', 'live', 'interactive'] as const;
export type ImportLectureKind = (typeof LECTURE_KINDS)[number];

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}]/u;
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;
const MAX_TITLE = 200;
const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 40;

/** Each check returns the problem in words, or undefined when the value is fine. */
export function slugProblem(slug: string): string | undefined {
  if (slug.length < 3 || slug.length > 80) return `The slug "${slug}" must be 3 to 80 characters.`;
  if (!SLUG_PATTERN.test(slug)) return `The slug "${slug}" may hold only lowercase letters, digits and single hyphens, like "intro-to-greek".`;
  return undefined;
}

export function titleProblem(title: string, what: string): string | undefined {
  if (title.trim() === '') return `Enter a ${what}.`;
  if (title.trim().length > MAX_TITLE) return `Use at most ${MAX_TITLE} characters for the ${what}.`;
  if (CONTROL_CHARACTERS.test(title)) return `Use letters, digits, spaces and punctuation only in the ${what}.`;
  return undefined;
}

export function lengthProblem(text: string, what: string, max: number): string | undefined {
  return text.length > max ? `The ${what} can be at most ${max.toLocaleString('en')} characters.` : undefined;
}

export function languageProblem(language: string): string | undefined {
  return LANGUAGE_PATTERN.test(language) ? undefined : `"${language}" is not a language code; use one such as en, fr or pt-BR.`;
}

export function tagsProblem(tags: readonly string[]): string | undefined {
  const distinct = new Set(tags.map((tag) => tag.trim().toLowerCase()));
  if (distinct.size > MAX_TAGS) return `Use at most ${MAX_TAGS} different tags.`;
  const long = tags.find((tag) => tag.trim().length > MAX_TAG_LENGTH);
  if (long !== undefined) return `The tag "${long.slice(0, 50)}" is longer than ${MAX_TAG_LENGTH} characters.`;
  if (tags.some((tag) => tag.trim() === '')) return 'A tag cannot be blank.';
  return undefined;
}

export function httpsUrlProblem(value: string, what: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '') return undefined;
  } catch {
    // Reported below.
  }
  return `The ${what} must be a full https:// link, e.g. https://media.example.org/lecture-1.mp4.`;
}

export function numberProblem(value: number, what: string, options: { min: number; max: number; integer?: boolean }): string | undefined {
  if (!Number.isFinite(value) || (options.integer && !Number.isInteger(value))) return `The ${what} must be ${options.integer ? 'a whole number' : 'a number'}.`;
  if (value < options.min || value > options.max) return `The ${what} must be from ${options.min} to ${options.max.toLocaleString('en')}.`;
  return undefined;
}
