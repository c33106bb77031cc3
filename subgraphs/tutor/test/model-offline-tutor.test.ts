// The offline tutor: answers from course material, labelled as offline, quoting the most relevant
// sentences and ending with a guiding question; and the piece-by-piece streaming it is delivered with.
import { waitFor } from '../../kit/src/wait-for';
import type { RetrievedPassage } from '../src/content/passage';
import { composeOfflineAnswer } from '../src/model/offline-tutor';
import { splitIntoPieces, streamTextInPieces } from '../src/model/text-stream';
import { estimateMessageTokens, estimateTokens } from '../src/model/token-estimate';

function passage(overrides: Partial<RetrievedPassage> & Pick<RetrievedPassage, 'id' | 'text' | 'rank' | 'sourceTitle'>): RetrievedPassage {
  return { courseId: 'course-1', lectureId: `lecture-${overrides.id}`, readingId: null, moduleTitle: 'Module 2', ...overrides };
}

const covenantLecture = passage({
  id: 'a',
  rank: 0.9,
  sourceTitle: 'The Abrahamic Covenant',
  text:
    'Welcome back to the course. Today we look at the ancient Near East. ' +
    'A covenant is a binding agreement between two parties, sealed with an oath. ' +
    'In Genesis 15 the covenant is ratified by God alone passing between the pieces. ' +
    'Next week we turn to the Exodus.',
});
const treatyReading = passage({
  id: 'b',
  rank: 0.6,
  lectureId: null,
  readingId: 'reading-b',
  sourceTitle: 'Hittite Treaties',
  text: 'Suzerain treaties bound a vassal to a great king. Such a covenant listed blessings and curses.',
});
const unrelated = passage({ id: 'c', rank: 0.1, sourceTitle: 'Course Logistics', text: 'Office hours are on Tuesdays.' });

test('the offline answer says it is offline and quotes the most relevant sentences of the best passage', () => {
  const answer = composeOfflineAnswer({
    question: 'What is a covenant?',
    passages: [unrelated, treatyReading, covenantLecture],
    tutorName: 'Professor Lydia',
    socraticStrength: 3,
    courseTitle: 'Old Testament Survey',
  });
  expect(answer.content).toMatch(/^\*\*Offline answer from the course material\.\*\*/);
  expect(answer.content).toContain('Professor Lydia');
  expect(answer.content).toContain(
    '> A covenant is a binding agreement between two parties, sealed with an oath. In Genesis 15 the covenant is ratified by God alone passing between the pieces.',
  );
  expect(answer.content).toContain('> — *The Abrahamic Covenant*');
  // Sentences that do not speak to the question are left out of the quote.
  expect(answer.content).not.toContain('Welcome back');
  expect(answer.content).not.toContain('Exodus');
  expect(answer.content).not.toContain('Office hours');
  expect(answer.content.indexOf('The Abrahamic Covenant')).toBeLessThan(answer.content.indexOf('Hittite Treaties'));
  expect(answer.citations).toEqual([
    { lectureId: 'lecture-a', readingId: null, title: 'The Abrahamic Covenant' },
    { lectureId: null, readingId: 'reading-b', title: 'Hittite Treaties' },
  ]);
});

test('the offline answer ends with exactly one guiding question about the topic', () => {
  const { content } = composeOfflineAnswer({
    question: 'What is a covenant?',
    passages: [covenantLecture],
    tutorName: 'Professor Lydia',
    socraticStrength: 3,
  });
  const lastParagraph = content.split('\n\n').at(-1) ?? '';
  expect(lastParagraph).toMatch(/^\*\*Your turn:\*\* .*\*\*covenant\*\*.*\?$/);
  expect(lastParagraph.match(/\?/g)).toHaveLength(1);
});

test('a stronger Socratic tutor explains less than a gentle one', () => {
  const input = { question: 'Why does the covenant matter?', passages: [covenantLecture], tutorName: 'Lydia' };
  const gentle = composeOfflineAnswer({ ...input, socraticStrength: 1 }).content;
  const strict = composeOfflineAnswer({ ...input, socraticStrength: 5 }).content;
  expect(gentle).toContain('In short');
  expect(strict).not.toContain('In short');
  expect(strict.length).toBeLessThan(gentle.length);
  expect(strict.match(/\?/g)?.length ?? 0).toBeGreaterThanOrEqual(gentle.match(/\?/g)?.length ?? 0);
  expect(strict.trim().endsWith('?')).toBe(true);
});

test('with no passages the offline answer says the material does not cover it, where to look, and still asks', () => {
  const answer = composeOfflineAnswer({
    question: 'How do I compute eigenvalues?',
    passages: [],
    tutorName: 'Dr. Ada',
    socraticStrength: 4,
    courseTitle: 'Linear Algebra',
  });
  expect(answer.content).toContain('Offline answer from the course material');
  expect(answer.content).toContain("doesn't cover this yet");
  expect(answer.content).toContain('*Linear Algebra*');
  expect(answer.content).toContain('**eigenvalues**');
  expect(answer.content.trim().endsWith('?')).toBe(true);
  expect(answer.citations).toEqual([]);
});

test('the offline answer is the same every time for the same input', () => {
  const input = { question: 'What is a covenant?', passages: [covenantLecture, treatyReading], tutorName: 'Lydia', socraticStrength: 2 };
  expect(composeOfflineAnswer(input)).toEqual(composeOfflineAnswer(input));
});

test('streamed pieces rejoin to exactly the original text', async () => {
  const text = '  **Offline answer.**\n\n> A covenant is a binding agreement.\n>\n> — *Lecture*  \n\nWhat do you think?';
  const pieces: string[] = [];
  const emitted = await streamTextInPieces(text, (piece) => pieces.push(piece), { pieceDelayMs: 0 });
  expect(pieces.join('')).toBe(text);
  expect(emitted).toBe(text);
  expect(pieces.length).toBe(splitIntoPieces(text).length);
  expect(pieces.length).toBeGreaterThan(10);
});

test('streaming stops promptly on abort and returns only what was emitted', async () => {
  const controller = new AbortController();
  const pieces: string[] = [];
  const started = Date.now();
  const streaming = streamTextInPieces('one two three four', (piece) => pieces.push(piece), {
    signal: controller.signal,
    pieceDelayMs: 5000,
  });
  await waitFor(() => pieces.length === 1, { what: 'the first piece' });
  controller.abort();
  expect(await streaming).toBe('one ');
  expect(pieces).toEqual(['one ']);
  // Aborting cuts the 5 s pause short instead of waiting it out.
  expect(Date.now() - started).toBeLessThan(4000);
});

test('token estimates are a quarter of the characters, rounded up, plus message overhead', () => {
  expect(estimateTokens('')).toBe(0);
  expect(estimateTokens('abcde')).toBe(2);
  expect(estimateMessageTokens([{ role: 'user', content: 'abcdefgh' }])).toBe(2 + 4 + 3);
  expect(estimateMessageTokens([])).toBe(0);
});
