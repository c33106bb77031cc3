// Fenced blocks of untrusted text inside the system prompt (course material, quiz questions). Text that
// goes inside a fence is cleaned so it cannot close the fence early and continue as "instructions": any
// tag of a fence name is removed, including spaced, entity-encoded or zero-width-split spellings.

/** The names of the fences the tutor prompt uses. */
export const FENCE_NAMES = ['course-material', 'quiz-question'] as const;
export type FenceName = (typeof FENCE_NAMES)[number];

// Invisible format characters (zero-width space, joiners, direction marks) could split a tag so a pattern
// misses it while a model still reads it.
const INVISIBLE_CHARACTERS = /\p{Cf}/gu;
// Opening or closing tags of any fence name: `<course-material …>`, `</ Course_Material>`, `&lt;/course material&gt;`.
const FENCE_TAG = /(?:<|&lt;|&#0*60;|&#x0*3c;)\s*\/?\s*(?:course[\s_-]*material|quiz[\s_-]*question)\b[^>&]*(?:>|&gt;|&#0*62;|&#x0*3e;)?/giu;

/** `text` with every fence tag (and invisible character) removed. */
export function sanitizeFencedText(text: string): string {
  let cleaned = text.replace(INVISIBLE_CHARACTERS, '');
  // Removing one tag can join the pieces around it into a new one; repeat until nothing changes.
  for (let previous = ''; previous !== cleaned; ) {
    previous = cleaned;
    cleaned = cleaned.replace(FENCE_TAG, '');
  }
  return cleaned;
}

/** A label for a fence's attribute: one line, no quotes or angle brackets, no fence tags. */
export function sanitizeLabel(label: string): string {
  return sanitizeFencedText(label)
    .replace(/["<>]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** `text` between an opening and a closing tag of `name`, with `attributes` on the opening tag. */
export function fenceBlock(name: FenceName, attributes: Record<string, string>, text: string): string {
  const attributeText = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${sanitizeLabel(value)}"`)
    .join('');
  return `<${name}${attributeText}>\n${sanitizeFencedText(text).trim()}\n</${name}>`;
}
