// The tutor without a model: it answers from the course material itself. It quotes the sentences of
// the best passages that speak to the question, says plainly that it is offline, and ends with one
// guiding question so the student still does the thinking. Deterministic: the same input always gives
// the same answer.
import type { Citation, RetrievedPassage } from '../content/passage';

export interface OfflineAnswerInput {
  question: string;
  /** Passages found for the question, any order (ranked here by `rank`). */
  passages: readonly RetrievedPassage[];
  tutorName: string;
  /** 1 explains the most, 5 asks the most; out-of-range values are clamped. */
  socraticStrength: number;
  /** Named when the answer suggests where to look. @default 'this course' */
  courseTitle?: string;
}

export interface OfflineAnswer {
  /** Markdown. */
  content: string;
  /** The lectures and readings quoted, best first. */
  citations: Citation[];
}

const MAX_QUOTED_PASSAGES = 2;
const SENTENCES_PER_QUOTE = 2;
const MAX_SENTENCE_CHARACTERS = 320;
// A second passage is quoted only when it ranks close to the best; a weak match would dilute the answer.
const SECOND_PASSAGE_MIN_RANK_SHARE = 0.5;

const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have how i if in into is ' +
    'it its me my of on or our please so tell than that the their them then there these they this those to too ' +
    'us was we were what when where which who whom why will with would you your about explain mean means meaning ' +
    'help understand know question really just also some any more most very should shall may might must get'
  ).split(' '),
);

/** Composes the offline tutor's Markdown answer and what it cites. */
export function composeOfflineAnswer(input: OfflineAnswerInput): OfflineAnswer {
  const strength = Math.min(5, Math.max(1, Math.round(input.socraticStrength)));
  const courseTitle = input.courseTitle?.trim() || 'this course';
  const questionTerms = keyTerms(input.question);
  const chosen = choosePassages(input.passages, questionTerms);
  const intro =
    `**Offline answer from the course material.** I'm ${input.tutorName}. No live model is connected right now, ` +
    `so I'm answering straight from the lectures and readings of *${escapeMarkdown(courseTitle)}*.`;

  if (chosen.length === 0) {
    const focus = mostSpecific(questionTerms);
    const guiding = focus
      ? `What do you already know about **${focus}**, and where in *${escapeMarkdown(courseTitle)}* have you met it before?`
      : `What do you already know about this, and where in *${escapeMarkdown(courseTitle)}* have you met it before?`;
    const content = [
      intro,
      "The course material I have doesn't cover this yet.",
      `Where to look: the module overviews and readings of *${escapeMarkdown(courseTitle)}*, your own lecture notes, ` +
        'or ask your instructor in the course channel.',
      `**Your turn:** ${guiding}`,
    ].join('\n\n');
    return { content, citations: [] };
  }

  const best = chosen[0]!;
  const focus = focusTerm(questionTerms, chosen.map((choice) => choice.passage.text).join(' '));
  const sourceTitle = escapeMarkdown(best.passage.sourceTitle);
  const parts = [intro, ...chosen.map((choice) => blockquote(choice.quote, choice.passage))];
  const explanation = explain(strength, focus, sourceTitle, best.keySentence);
  if (explanation) parts.push(explanation);
  const guiding = guidingQuestion(input.question, focus, sourceTitle);
  parts.push(strength >= 5 ? `What do you notice in these lines? **Your turn:** ${guiding}` : `**Your turn:** ${guiding}`);
  return { content: parts.join('\n\n'), citations: citationsFor(chosen.map((choice) => choice.passage)) };
}

interface Term {
  /** The word as the student wrote it (lower case). */
  word: string;
  stem: string;
}

interface ChosenPassage {
  passage: RetrievedPassage;
  /** The sentence that speaks to the question most directly. */
  keySentence: string;
  /** The quoted sentences joined, in the passage's own order. */
  quote: string;
}

/** The question's content words, first occurrence first, without duplicates. */
function keyTerms(text: string): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const word of words(text)) {
    if (STOP_WORDS.has(word) || word.length < 3) continue;
    const stem = stemOf(word);
    if (seen.has(stem)) continue;
    seen.add(stem);
    terms.push({ word, stem });
  }
  return terms;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

// Enough stemming for "covenants"/"covenant" and "praying"/"prayed" to meet; not linguistics.
function stemOf(word: string): string {
  const plain = word.replace(/['’]s$/, '');
  for (const suffix of ['ing', 'ed', 'es', 's', 'ly']) {
    if (plain.length > suffix.length + 3 && plain.endsWith(suffix)) return plain.slice(0, -suffix.length);
  }
  return plain;
}

function stemsOf(text: string): Set<string> {
  return new Set(words(text).map(stemOf));
}

function choosePassages(passages: readonly RetrievedPassage[], terms: readonly Term[]): ChosenPassage[] {
  const ranked = passages
    .map((passage, order) => ({ passage, order }))
    .filter(({ passage }) => passage.text.trim() !== '')
    .sort((left, right) => right.passage.rank - left.passage.rank || left.order - right.order)
    .map(({ passage }) => passage);
  const best = ranked[0];
  if (!best) return [];
  const chosen = [best];
  for (const candidate of ranked.slice(1)) {
    if (chosen.length >= MAX_QUOTED_PASSAGES) break;
    if (candidate.rank < best.rank * SECOND_PASSAGE_MIN_RANK_SHARE) break;
    if (candidate.text.trim() === best.text.trim()) continue;
    if (terms.length > 0 && overlap(stemsOf(candidate.text), terms) === 0) continue;
    chosen.push(candidate);
  }
  return chosen.map((passage) => {
    const { keySentence, inReadingOrder } = bestSentences(passage.text, terms);
    return { passage, keySentence, quote: inReadingOrder.join(' ') };
  });
}

function overlap(stems: ReadonlySet<string>, terms: readonly Term[]): number {
  return terms.filter((term) => stems.has(term.stem)).length;
}

/** The passage's sentences that share the most terms with the question: the best one, and the chosen few in reading order. */
function bestSentences(text: string, terms: readonly Term[]): { keySentence: string; inReadingOrder: string[] } {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“'‘(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
  const scored = sentences.map((sentence, order) => ({ sentence, order, score: overlap(stemsOf(sentence), terms) }));
  const relevant = scored.filter((entry) => entry.score > 0);
  const byRelevance = (relevant.length > 0 ? relevant : scored)
    .slice()
    .sort((left, right) => right.score - left.score || left.order - right.order)
    .slice(0, relevant.length > 0 ? SENTENCES_PER_QUOTE : 1);
  const inReadingOrder = byRelevance.slice().sort((left, right) => left.order - right.order);
  return {
    keySentence: shorten(byRelevance[0]?.sentence ?? text.trim()),
    inReadingOrder: inReadingOrder.map((entry) => shorten(entry.sentence)),
  };
}

function shorten(sentence: string): string {
  if (sentence.length <= MAX_SENTENCE_CHARACTERS) return sentence;
  const cut = sentence.slice(0, MAX_SENTENCE_CHARACTERS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

function blockquote(quote: string, passage: RetrievedPassage): string {
  const moduleNote = passage.moduleTitle.trim() ? ` (${escapeMarkdown(passage.moduleTitle.trim())})` : '';
  return `> ${quote}\n>\n> — *${escapeMarkdown(passage.sourceTitle)}*${moduleNote}`;
}

/** The question's most specific term that the quoted material also uses (the student's own word for it). */
function focusTerm(terms: readonly Term[], materialText: string): string | null {
  const materialStems = stemsOf(materialText);
  return mostSpecific(terms.filter((term) => materialStems.has(term.stem))) ?? mostSpecific(terms);
}

// The longest term is the best guess at the subject ("eigenvalues", not "compute"; "photosynthesis", not "energy").
function mostSpecific(terms: readonly Term[]): string | null {
  let longest: Term | null = null;
  for (const term of terms) if (!longest || term.word.length > longest.word.length) longest = term;
  return longest?.word ?? null;
}

// Weaker Socratic strength explains more around the quotes; the strongest lets the quotes and a question speak.
function explain(strength: number, focus: string | null, sourceTitle: string, keySentence: string): string | null {
  const topic = focus ? `**${focus}**` : 'your question';
  if (strength === 1) return `In short, *${sourceTitle}* puts it this way: “${keySentence}” That line is the heart of the answer about ${topic}.`;
  if (strength === 2) return `The key line is the one in *${sourceTitle}* about ${topic}; it holds most of what you need.`;
  if (strength === 3) return 'The answer is in these lines — read them slowly.';
  return null;
}

function guidingQuestion(question: string, focus: string | null, sourceTitle: string): string {
  const topic = focus ? `**${focus}**` : 'this idea';
  const opening = words(question)[0];
  if (opening === 'why') return `What reason does *${sourceTitle}* give for ${topic}, and can you put it in your own words?`;
  if (opening === 'how' && /^\s*how\s+(do|can|should|would|could)\s+(i|we)\b|^\s*how\s+to\b/i.test(question)) {
    return `Based on *${sourceTitle}*, what would be your first step with ${topic}, and why that one?`;
  }
  if (opening === 'how') return `Using *${sourceTitle}*, can you trace how ${topic} works, one step at a time — what comes first?`;
  if (opening === 'what' || opening === 'which' || opening === 'who' || opening === 'define') {
    return `How would you explain ${topic} in one sentence of your own, using what the passage says?`;
  }
  return `How does the passage from *${sourceTitle}* connect to ${topic} in your question?`;
}

function citationsFor(passages: readonly RetrievedPassage[]): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const passage of passages) {
    const key = `${passage.lectureId ?? ''}|${passage.readingId ?? ''}|${passage.sourceTitle}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ lectureId: passage.lectureId, readingId: passage.readingId, title: passage.sourceTitle });
  }
  return citations;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([*_`\\])/g, '\\$1');
}
