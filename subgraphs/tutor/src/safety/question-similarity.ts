// How closely a student's message repeats a quiz question: word overlap between the two after dropping
// filler words and plural or tense endings, and the longest run of the question's words quoted verbatim.
import { foldForMatching } from './fold-text';

/** Words that carry no topic: question words, pronouns, requests for help. */
const FILLER_WORDS = new Set(
  (
    'a an the and or but if then than so of to in on at by for from with without about into onto over under as is are was ' +
    'were be been being am do does did done doing have has had having can could would should will shall may might must ' +
    'i me my mine you your yours we us our he him his she her it its they them their this that these those there here ' +
    'what which who whom whose when where why how whats whos hows not no yes please pls thanks thank hi hello hey just ' +
    'tell explain answer answers question questions help give show know need want mean means meant correct right ' +
    'quiz test exam option options choose pick select true false following also some any all each every one get got'
  ).split(' '),
);

/** A crude English stem, applied the same way to both texts so "causes", "caused" and "cause" all meet. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  let stemmed = word;
  for (const ending of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(ending) && !word.endsWith('ss') && word.length - ending.length >= 3) {
      stemmed = word.slice(0, -ending.length);
      break;
    }
  }
  // "denature" and "denatured" both become "denatur".
  return stemmed.length > 4 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}

/** Every word of `text`, folded, in order (punctuation dropped, apostrophes joined: "what's" → "whats"). */
export function wordsOf(text: string): string[] {
  return foldForMatching(text)
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** The topic-carrying words of `text`, stemmed. */
export function significantWords(text: string): Set<string> {
  return new Set(wordsOf(text).filter((word) => !FILLER_WORDS.has(word)).map(stem));
}

export interface QuestionSimilarity {
  /** |shared| / |union| of the significant words. */
  jaccard: number;
  /** Significant words the two share. */
  sharedWords: number;
  /** Share of the question's significant words that the message contains. */
  coverage: number;
  /** Longest run of consecutive question words that appears, in order, in the message. */
  longestQuotedRun: number;
  /** Words in the question. */
  questionLength: number;
}

function longestCommonRun(message: string[], question: string[]): number {
  let longest = 0;
  let previous = new Array<number>(question.length + 1).fill(0);
  for (let i = 1; i <= message.length; i += 1) {
    const current = new Array<number>(question.length + 1).fill(0);
    for (let j = 1; j <= question.length; j += 1) {
      if (message[i - 1] === question[j - 1]) {
        const run = (previous[j - 1] ?? 0) + 1;
        current[j] = run;
        if (run > longest) longest = run;
      }
    }
    previous = current;
  }
  return longest;
}

export function questionSimilarity(message: string, question: string): QuestionSimilarity {
  const messageWords = significantWords(message);
  const questionWords = significantWords(question);
  let sharedWords = 0;
  for (const word of questionWords) if (messageWords.has(word)) sharedWords += 1;
  const union = messageWords.size + questionWords.size - sharedWords;
  const questionSequence = wordsOf(question);
  return {
    jaccard: union === 0 ? 0 : sharedWords / union,
    sharedWords,
    coverage: questionWords.size === 0 ? 0 : sharedWords / questionWords.size,
    longestQuotedRun: longestCommonRun(wordsOf(message), questionSequence),
    questionLength: questionSequence.length,
  };
}
