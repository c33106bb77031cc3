// Grading a verse typed from memory. Pure.
//
// Tolerance: case, punctuation, accents and spacing never count. Words are compared after that
// normalisation; a word within its typo allowance of the expected word counts as recalled (a "typo"
// difference is still reported): 0 edits for words of up to 3 letters, 1 edit for 4–6 letters, 2 edits
// for 7 or more. Words are aligned like a diff, so one missing word does not make every later word wrong.
// score = recalled words / (expected words + extra words); correct when nothing is missing, wrong or extra.
import { wordsOf } from './practice';

export type RecallDifferenceKind = 'missing' | 'extra' | 'wrong' | 'typo';

export interface RecallDifference {
  kind: RecallDifferenceKind;
  /** The word of the verse (as written in it); null for an extra word. */
  expected: string | null;
  /** The word typed; null for a missing word. */
  typed: string | null;
  /** Position of the word in the verse (0-based); for an extra word, the position it was typed before. */
  position: number;
}

export interface RecallResult {
  /** 0–1. */
  score: number;
  correct: boolean;
  differences: RecallDifference[];
}

export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Edits (Levenshtein) allowed for a word of this many letters before it counts as wrong. */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_value, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

interface Word {
  original: string;
  normal: string;
}

const toWords = (text: string): Word[] =>
  wordsOf(text)
    .map((original) => ({ original, normal: normaliseWord(original) }))
    .filter((word) => word.normal !== '');

export function checkRecall(expectedText: string, typedText: string): RecallResult {
  const expected = toWords(expectedText);
  const typed = toWords(typedText);
  const close = (e: Word, t: Word) => editDistance(e.normal, t.normal) <= typoAllowance(e.normal.length);
  // cost[i][j]: fewest mistakes aligning expected[i..] with typed[j..]; a substitution of a close word is free.
  const cost: number[][] = Array.from({ length: expected.length + 1 }, () => new Array<number>(typed.length + 1).fill(0));
  for (let i = expected.length; i >= 0; i -= 1) {
    for (let j = typed.length; j >= 0; j -= 1) {
      if (i === expected.length) cost[i]![j] = typed.length - j;
      else if (j === typed.length) cost[i]![j] = expected.length - i;
      else {
        const match = cost[i + 1]![j + 1]! + (close(expected[i]!, typed[j]!) ? 0 : 1);
        cost[i]![j] = Math.min(match, cost[i + 1]![j]! + 1, cost[i]![j + 1]! + 1);
      }
    }
  }
  const differences: RecallDifference[] = [];
  let recalled = 0;
  let extra = 0;
  let i = 0;
  let j = 0;
  while (i < expected.length || j < typed.length) {
    const e = expected[i];
    const t = typed[j];
    if (e && t && cost[i]![j] === cost[i + 1]![j + 1]! + (close(e, t) ? 0 : 1)) {
      if (close(e, t)) {
        recalled += 1;
        if (e.normal !== t.normal) differences.push({ kind: 'typo', expected: e.original, typed: t.original, position: i });
      } else differences.push({ kind: 'wrong', expected: e.original, typed: t.original, position: i });
      i += 1;
      j += 1;
    } else if (e && cost[i]![j] === cost[i + 1]![j]! + 1) {
      differences.push({ kind: 'missing', expected: e.original, typed: null, position: i });
      i += 1;
    } else {
      differences.push({ kind: 'extra', expected: null, typed: t!.original, position: i });
      extra += 1;
      j += 1;
    }
  }
  const total = expected.length + extra;
  const score = total === 0 ? 1 : recalled / total;
  return { score: Math.round(score * 1000) / 1000, correct: differences.every((difference) => difference.kind === 'typo'), differences };
}
