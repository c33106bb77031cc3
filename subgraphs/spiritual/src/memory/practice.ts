// Practice material for a memory verse. Pure: the same card on the same local day always gets the same
// blanks and the same shuffle, so a person can leave and come back to the same exercise.

export type PracticeMode = 'fill_in_blank' | 'first_letters' | 'word_order';

export interface PracticeMaterial {
  mode: PracticeMode;
  /** The text to show: blanks as "_____", or first letters, or the shuffled words joined by spaces. */
  prompt: string;
  /** fill_in_blank: the prompt's words; first_letters: each word's hint; word_order: the shuffled words. */
  words: string[];
  /** fill_in_blank: the hidden words in text order; word_order: the words in the right order; first_letters: the full words. */
  answers: string[];
}

const BLANK = '_____';
/** Roughly one word in three is hidden, so the verse still gives enough context to recall the rest. */
const BLANK_SHARE = 1 / 3;
const LETTERS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/u;

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** A 32-bit FNV-1a hash: a stable seed from the card id and the day. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough to shuffle a verse. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** The word with its letters replaced, punctuation around it kept ("world," → "_____,"). */
const replaceLetters = (word: string, by: (letters: string) => string) => word.replace(LETTERS, by);

/**
 * Practice material for `text`; `seedKey` (card id and local date) decides which words are hidden and
 * how they are shuffled.
 */
export function practiceMaterial(text: string, mode: PracticeMode, seedKey: string): PracticeMaterial {
  const words = wordsOf(text);
  const random = seededRandom(hashSeed(`${mode}|${seedKey}`));
  if (mode === 'first_letters') {
    const hints = words.map((word) => replaceLetters(word, (letters) => letters[0]!));
    return { mode, prompt: hints.join(' '), words: hints, answers: words };
  }
  if (mode === 'word_order') {
    let order = shuffled(words, random);
    // A shuffle that happens to keep the verse intact is no exercise: rotate it by one.
    if (words.length > 1 && order.every((word, index) => word === words[index])) order = [...order.slice(1), order[0]!];
    return { mode, prompt: order.join(' '), words: order, answers: words };
  }
  // Hide words with letters in them, preferring longer ones; short words ("a", "of") carry little.
  const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => LETTERS.test(word));
  const meaningful = candidates.filter(({ word }) => (word.match(LETTERS)?.[0].length ?? 0) >= 3);
  const pool = meaningful.length > 0 ? meaningful : candidates;
  const count = Math.max(1, Math.round(words.length * BLANK_SHARE));
  const hidden = new Set(shuffled(pool, random).slice(0, count).map(({ index }) => index));
  const prompted = words.map((word, index) => (hidden.has(index) ? replaceLetters(word, () => BLANK) : word));
  const answers = words.filter((_word, index) => hidden.has(index)).map((word) => word.match(LETTERS)?.[0] ?? word);
  return { mode, prompt: prompted.join(' '), words: prompted, answers };
}
