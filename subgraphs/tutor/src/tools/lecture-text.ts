// Reading a lecture transcript without a model: its sentences, the terms it keeps coming back to, and
// the sentences that carry those terms. The offline tools build quizzes, summaries, slides and rubric
// scores from these, so the same transcript always gives the same result.

export interface LectureSentence {
  /** Position in the transcript, from 0. */
  index: number;
  text: string;
  /** Lower-case content words of the sentence, in order (stop words dropped). */
  words: string[];
  /** How much of the lecture's vocabulary the sentence carries (higher is more central). */
  score: number;
}

export interface LectureText {
  sentences: LectureSentence[];
  /** Content words by how often the lecture uses them, most first (ties: first use first). */
  keyTerms: string[];
  /** How often each content word occurs. */
  termCounts: Map<string, number>;
}

const STOP_WORDS = new Set(
  [
    'a about above after again against all also am an and any are as at be because been before being below between both',
    'but by can could did do does doing done down during each even every few for from further get gets got had has have',
    'having he her here hers him his how however i if in into is it its itself just let like made make makes many may me',
    'might more most much must my no nor not now of off often on once one only or other our ours out over own really',
    'same say says said see she should so some still such than that the their theirs them then there these they thing',
    'things this those though through to too two under until up upon us use used uses using very was way we well were',
    'what when where which while who whom whose why will with within without would yet you your yours',
    // Lecture filler: words a speaker says about the talk rather than its subject.
    'lecture today going talk look looking let lets okay right now here next first second last time kind sort',
    'actually basically remember notice think thinking means mean called call want know just question answer',
  ]
    .join(' ')
    .split(' '),
);

/** Sentences shorter than this say too little to quiz or summarise; longer ones are run-ons. */
const MIN_SENTENCE_WORDS = 6;
const MAX_SENTENCE_WORDS = 45;
/** Content words shorter than this are rarely a lecture's subject. */
const MIN_TERM_LENGTH = 4;

/** Lower-case content words of `text` (letters, digits, inner apostrophes and hyphens), in order. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const word = match[0].replace(/’/g, "'");
    if (word.length < MIN_TERM_LENGTH || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    words.push(word);
  }
  return words;
}

/** `text` split into sentences at . ! ? followed by a space and a capital, digit or quote. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Word count of a sentence. */
export const wordCount = (text: string) => text.split(/\s+/).filter((word) => word.length > 0).length;

/** Reads a transcript (the lecture's passages joined in order). */
export function readLectureText(transcript: string): LectureText {
  const raw = splitSentences(transcript).filter((sentence) => {
    const count = wordCount(sentence);
    return count >= MIN_SENTENCE_WORDS && count <= MAX_SENTENCE_WORDS && /[.!?]["'”’)]?$/.test(sentence);
  });
  const termCounts = new Map<string, number>();
  const firstUse = new Map<string, number>();
  const tokenised = raw.map((text) => contentWords(text));
  tokenised.forEach((words, sentenceIndex) => {
    for (const word of words) {
      termCounts.set(word, (termCounts.get(word) ?? 0) + 1);
      if (!firstUse.has(word)) firstUse.set(word, sentenceIndex);
    }
  });
  const keyTerms = [...termCounts.keys()].sort(
    (a, b) => termCounts.get(b)! - termCounts.get(a)! || firstUse.get(a)! - firstUse.get(b)! || a.localeCompare(b),
  );
  const sentences = raw.map((text, index) => {
    const words = tokenised[index]!;
    const distinct = [...new Set(words)];
    // Terms used once tell nothing about the lecture as a whole; repeated terms do.
    const weight = distinct.reduce((sum, word) => sum + Math.max(0, termCounts.get(word)! - 1), 0);
    return { index, text, words, score: distinct.length === 0 ? 0 : weight / Math.sqrt(wordCount(text)) };
  });
  return { sentences, keyTerms, termCounts };
}

/** The `count` most central sentences, returned in the order the lecture says them. */
export function keySentences(lecture: LectureText, count: number): LectureSentence[] {
  return [...lecture.sentences]
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(0, count))
    .sort((a, b) => a.index - b.index);
}

/** Where `term` occurs in `sentence` as a whole word (any letter case), or null. */
export function findTerm(sentence: string, term: string): { start: number; end: number; asWritten: string } | null {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(sentence);
  return match ? { start: match.index, end: match.index + match[0].length, asWritten: match[0] } : null;
}

/** `text` with `term` (a whole word) replaced by `replacement`, or null when the term is not there. */
export function replaceTerm(text: string, term: string, replacement: string): string | null {
  const found = findTerm(text, term);
  return found ? `${text.slice(0, found.start)}${replacement}${text.slice(found.end)}` : null;
}

/** The sentence's terms in the order of the lecture's key terms (most used first). */
export function rankedTermsOf(sentence: LectureSentence, lecture: LectureText): string[] {
  const counts = lecture.termCounts;
  return [...new Set(sentence.words)]
    .filter((word) => counts.get(word)! > 1)
    .sort((a, b) => counts.get(b)! - counts.get(a)! || sentence.words.indexOf(a) - sentence.words.indexOf(b));
}
