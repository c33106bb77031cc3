// Quiz questions without a model, from the lecture's own sentences: fill-in-the-blank (short answer),
// choice questions whose wrong options are other key terms of the same lecture, true/false statements
// (true as the lecture says them, false with one key term swapped for another) and essay prompts with a
// rubric built from the sentence's terms. Deterministic: the same transcript gives the same quiz.
import {
  choiceQuestion,
  essayQuestion,
  shortAnswerQuestion,
  trueFalseQuestion,
  type DraftQuestion,
  type QuestionPlace,
  type QuestionType,
} from './draft-question';
import { findTerm, rankedTermsOf, replaceTerm, type LectureSentence, type LectureText } from './lecture-text';

export interface OfflineQuizRequest {
  count: number;
  /** Question types, used in turn. */
  types: readonly QuestionType[];
  lectureTitle: string;
  place: QuestionPlace;
}

const BLANK = '_____';
/** Wrong options beside the right one in a single-choice question. */
const DISTRACTORS_PER_QUESTION = 3;
/** Key terms of the lecture that wrong options and swapped statements are drawn from. */
const DISTRACTOR_POOL_SIZE = 40;

const quote = (text: string) => `“${text}”`;

/** `term` with its first letter matching `like` (a capitalised sentence start stays capitalised). */
function caseLike(term: string, like: string): string {
  const first = like.charAt(0);
  return first === first.toUpperCase() && first !== first.toLowerCase() ? term.charAt(0).toUpperCase() + term.slice(1) : term;
}

/** Letters two words must share at the start to count as forms of one word ("recursion", "recursive"). */
const SHARED_ROOT_LENGTH = 6;
const sameRoot = (a: string, b: string) => a.length >= SHARED_ROOT_LENGTH && b.length >= SHARED_ROOT_LENGTH && a.slice(0, SHARED_ROOT_LENGTH) === b.slice(0, SHARED_ROOT_LENGTH);

class DistractorPicker {
  private cursor = 0;

  constructor(private readonly pool: readonly string[]) {}

  /** Up to `count` pool terms the sentence does not use (in any form), rotating so questions do not share them all. */
  pick(sentence: LectureSentence, count: number, exclude: readonly string[] = []): string[] {
    const used = new Set([...sentence.words, ...exclude]);
    const picked: string[] = [];
    for (let step = 0; step < this.pool.length && picked.length < count; step += 1) {
      const term = this.pool[(this.cursor + step) % this.pool.length]!;
      // Another form of a word in play would be a second right answer, or an easy giveaway.
      const clashes = [...used, ...picked].some((other) => other === term || sameRoot(other, term));
      if (!clashes) picked.push(term);
    }
    this.cursor = (this.cursor + Math.max(1, picked.length)) % Math.max(1, this.pool.length);
    return picked;
  }
}

/** Options sorted by text, so where the right one sits depends on the words, not on the generator. */
const alphabetical = <T extends { text: string }>(options: T[]) => [...options].sort((a, b) => a.text.localeCompare(b.text));

function blankOut(sentence: string, terms: readonly string[]): { text: string; asWritten: string[] } | null {
  let text = sentence;
  const asWritten: string[] = [];
  for (const term of terms) {
    const found = findTerm(text, term);
    if (!found) return null;
    asWritten.push(found.asWritten);
    text = `${text.slice(0, found.start)}${BLANK}${text.slice(found.end)}`;
  }
  return { text, asWritten };
}

export function offlineQuiz(lecture: LectureText, request: OfflineQuizRequest): DraftQuestion[] {
  const candidates = [...lecture.sentences]
    .filter((sentence) => rankedTermsOf(sentence, lecture).length > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const distractors = new DistractorPicker(lecture.keyTerms.slice(0, DISTRACTOR_POOL_SIZE));
  const questions: DraftQuestion[] = [];
  let trueFalseAsked = 0;

  const shortAnswer = (sentence: LectureSentence, term: string): DraftQuestion | null => {
    const blanked = blankOut(sentence.text, [term]);
    if (!blanked) return null;
    return shortAnswerQuestion(
      {
        prompt: `Fill in the blank from the lecture ${quote(request.lectureTitle)}: ${quote(blanked.text)}`,
        explanation: `The lecture says: ${quote(sentence.text)}`,
        sourceExcerpt: sentence.text,
      },
      [blanked.asWritten[0]!, term],
      request.place,
    );
  };

  const singleChoice = (sentence: LectureSentence, term: string): DraftQuestion | null => {
    const blanked = blankOut(sentence.text, [term]);
    const wrong = distractors.pick(sentence, DISTRACTORS_PER_QUESTION, [term]);
    if (!blanked || wrong.length === 0) return shortAnswer(sentence, term);
    return choiceQuestion(
      'multiple_choice_single',
      {
        prompt: `Which word completes this sentence from the lecture? ${quote(blanked.text)}`,
        explanation: `The lecture says: ${quote(sentence.text)}`,
        sourceExcerpt: sentence.text,
      },
      alphabetical([{ text: term, correct: true }, ...wrong.map((text) => ({ text, correct: false }))]),
      request.place,
    );
  };

  const multipleChoice = (sentence: LectureSentence, terms: string[]): DraftQuestion | null => {
    if (terms.length < 2) return singleChoice(sentence, terms[0]!);
    const pair = terms.slice(0, 2);
    const blanked = blankOut(sentence.text, pair);
    const wrong = distractors.pick(sentence, 2, pair);
    if (!blanked || wrong.length === 0) return singleChoice(sentence, terms[0]!);
    return choiceQuestion(
      'multiple_choice_multi',
      {
        prompt: `Which words complete this sentence from the lecture? Choose all that apply. ${quote(blanked.text)}`,
        explanation: `The lecture says: ${quote(sentence.text)}`,
        sourceExcerpt: sentence.text,
      },
      alphabetical([...pair.map((text) => ({ text, correct: true })), ...wrong.map((text) => ({ text, correct: false }))]),
      request.place,
    );
  };

  const trueFalse = (sentence: LectureSentence, term: string): DraftQuestion => {
    // Alternate true and false statements so "always true" is never the winning strategy.
    const makeFalse = trueFalseAsked % 2 === 1;
    trueFalseAsked += 1;
    const swapWith = makeFalse ? distractors.pick(sentence, 1, [term])[0] : undefined;
    const found = findTerm(sentence.text, term);
    const altered = swapWith && found ? replaceTerm(sentence.text, term, caseLike(swapWith, found.asWritten)) : null;
    if (altered && swapWith) {
      return trueFalseQuestion(
        {
          prompt: `True or false: ${altered}`,
          explanation: `False — the lecture speaks of ${quote(found!.asWritten)}, not ${quote(swapWith)}: ${quote(sentence.text)}`,
          sourceExcerpt: sentence.text,
        },
        false,
        request.place,
      );
    }
    return trueFalseQuestion(
      { prompt: `True or false: ${sentence.text}`, explanation: `True — the lecture says: ${quote(sentence.text)}`, sourceExcerpt: sentence.text },
      true,
      request.place,
    );
  };

  const essay = (sentence: LectureSentence, terms: string[]): DraftQuestion => {
    const named = terms.slice(0, 3);
    const list = named.join(', ');
    return essayQuestion(
      {
        prompt: `In your own words, explain what the lecture ${quote(request.lectureTitle)} means here, and give an example of your own: ${quote(sentence.text)}`,
        explanation: `The lecture says: ${quote(sentence.text)}`,
        sourceExcerpt: sentence.text,
      },
      `A good answer explains ${list} as the lecture uses them, reasons in clear steps and adds a fitting example.`,
      [
        { id: 'understanding', title: 'Understanding', description: `Explains ${list} accurately, as the lecture uses them.`, points: 4 },
        { id: 'reasoning', title: 'Reasoning', description: 'Connects the ideas in clear steps instead of restating the sentence.', points: 3 },
        { id: 'example', title: 'Example', description: 'Gives a fitting example of their own that shows the idea at work.', points: 3 },
      ],
      request.place,
    );
  };

  for (const sentence of candidates) {
    if (questions.length >= request.count) break;
    const type = request.types[questions.length % request.types.length]!;
    const terms = rankedTermsOf(sentence, lecture);
    const question =
      type === 'short_answer'
        ? shortAnswer(sentence, terms[0]!)
        : type === 'multiple_choice_single'
          ? singleChoice(sentence, terms[0]!)
          : type === 'multiple_choice_multi'
            ? multipleChoice(sentence, terms)
            : type === 'true_false'
              ? trueFalse(sentence, terms[0]!)
              : essay(sentence, terms);
    if (question) questions.push(question);
  }
  return questions;
}
