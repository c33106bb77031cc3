// Text folded for pattern matching: the rules in this folder match the folded form, so "K1LL  Myself",
// "kill myself" and "kíll myself" read the same, while the student's words are kept as written elsewhere.

/** Digits and symbols commonly written in place of letters to slip past word filters. */
const LEET_LETTERS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

const isLetter = (character: string | undefined): boolean => character !== undefined && character >= 'a' && character <= 'z';

/**
 * Reads leetspeak back as letters, but only where it cannot be a number: a digit or symbol between two
 * letters ("k1ll", "b0mb"), or a symbol starting a word ("$ex"). "15yo", "3d", "c4" and "2024" stay as written.
 */
function foldLeetspeak(token: string): string {
  const characters = [...token];
  return characters
    .map((character, index) => {
      const letter = LEET_LETTERS[character];
      if (letter === undefined) return character;
      const before = characters[index - 1];
      const after = characters[index + 1];
      const inner = isLetter(before) && isLetter(after);
      const leadingSymbol = (character === '$' || character === '@') && index === 0 && isLetter(after);
      return inner || leadingSymbol ? letter : character;
    })
    .join('');
}

/**
 * Lower case, accents removed, typographic apostrophes and dashes made plain, leetspeak letters read back
 * as letters, and runs of whitespace collapsed to one space.
 */
export function foldForMatching(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
  return plain
    .split(/\s+/)
    .filter((token) => token !== '')
    .map(foldLeetspeak)
    .join(' ');
}
