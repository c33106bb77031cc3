// The words of a student's question that say what it is about: the question's own filler ("can you
// explain what … means") and English stop words carry nothing to search for.

const STOP_WORDS = new Set(
  [
    // English function words (PostgreSQL's english configuration ignores most of them as well).
    'a an and are as at be been being but by can could did do does doing done for from had has have having he her',
    'here hers him his how i if in into is it its itself just me my myself no nor not of off on once only or our',
    'ours out over own same she should so some such than that the their theirs them then there these they this',
    'those through to too under until up very was we were what when where which while who whom whose why will with',
    'would you your yours yourself also about above after again against all am any because before below between',
    'both down during each few further more most other s t don didn doesn isn wasn aren weren won wouldn shouldn',
    'couldn ll re ve d m let lets',
    // What students put around a question without it being the topic ("mean" stays: statistics has one).
    'please explain tell help understand question questions know want need get give show',
    'really actually thing things something anything example examples like lecture lectures teacher professor',
    'hi hello hey thanks thank ok okay',
  ]
    .join(' ')
    .split(' '),
);

/** Most words taken from one question; a pasted essay should not become a thousand-term query. */
const MAX_WORDS = 24;

/** Distinct lower-case letter-and-digit words of `text`, stop words and single characters dropped, in order. */
export function significantWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (STOP_WORDS.has(word)) continue;
    if (word.length < 2) continue;
    if (words.includes(word)) continue;
    words.push(word);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}
