// Grading rules per question type, rubric scoring, attempt totals and attempt layouts: pure functions.
import {
  effectiveRubric,
  gradeResponse,
  isGradablePattern,
  matchesWholePattern,
  readNumber,
  scaleRubricTotal,
  scorePercentOf,
  scoreRubric,
  SHORT_ANSWER_PATTERN_INPUT_LIMIT,
  type GradableQuestion,
} from '../src/assessment/grading';
import { attemptTotals, finalAnswerScore } from '../src/assessment/attempt-score';
import { buildAttemptLayout, seededRandom, shuffle } from '../src/assessment/attempt-layout';
import { checkResponse } from '../src/assessment/response-rules';

const OPTIONS = [
  { id: 'a', text: 'Alpha' },
  { id: 'b', text: 'Beta' },
  { id: 'c', text: 'Gamma' },
  { id: 'd', text: 'Delta' },
];

const single: GradableQuestion = { type: 'multiple_choice_single', options: OPTIONS, answerKey: { correctOptionIds: ['b'] } };
const multi: GradableQuestion = { type: 'multiple_choice_multi', options: OPTIONS, answerKey: { correctOptionIds: ['a', 'b', 'c'] } };
const trueFalse: GradableQuestion = { type: 'true_false', options: [], answerKey: { value: false } };
const shortAnswer = (key: Record<string, unknown>): GradableQuestion => ({ type: 'short_answer', options: [], answerKey: key });

describe('multiple_choice_single', () => {
  test('the correct option alone earns full marks', () => {
    expect(gradeResponse(single, { optionIds: ['b'] })).toBe(1);
  });
  test('a wrong option earns nothing', () => {
    expect(gradeResponse(single, { optionIds: ['a'] })).toBe(0);
  });
  test('the correct option together with another earns nothing', () => {
    expect(gradeResponse(single, { optionIds: ['b', 'a'] })).toBe(0);
  });
  test('the correct option repeated still counts as one choice', () => {
    expect(gradeResponse(single, { optionIds: ['b', 'b'] })).toBe(1);
  });
  test('an option id the question does not have earns nothing', () => {
    expect(gradeResponse(single, { optionIds: ['z'] })).toBe(0);
  });
  test('no choice earns nothing', () => {
    expect(gradeResponse(single, { optionIds: [] })).toBe(0);
    expect(gradeResponse(single, {})).toBe(0);
  });
});

describe('multiple_choice_multi', () => {
  test('every correct option and nothing else earns full marks', () => {
    expect(gradeResponse(multi, { optionIds: ['c', 'a', 'b'] })).toBe(1);
  });
  test('two of three correct options earn two thirds', () => {
    expect(gradeResponse(multi, { optionIds: ['a', 'b'] })).toBeCloseTo(2 / 3);
  });
  test('a wrong option cancels a correct one', () => {
    expect(gradeResponse(multi, { optionIds: ['a', 'b', 'd'] })).toBeCloseTo(1 / 3);
  });
  test('choosing every option earns what the correct ones outweigh the wrong ones by', () => {
    expect(gradeResponse(multi, { optionIds: ['a', 'b', 'c', 'd'] })).toBeCloseTo(2 / 3);
  });
  test('more wrong than correct floors at zero', () => {
    const twoCorrect: GradableQuestion = { ...multi, answerKey: { correctOptionIds: ['a', 'b'] } };
    expect(gradeResponse(twoCorrect, { optionIds: ['a', 'c', 'd'] })).toBe(0);
  });
  test('an unknown option id makes the whole answer worth nothing', () => {
    expect(gradeResponse(multi, { optionIds: ['a', 'b', 'c', 'x'] })).toBe(0);
  });
});

describe('true_false', () => {
  test('the matching value earns full marks', () => {
    expect(gradeResponse(trueFalse, { value: false })).toBe(1);
  });
  test('the other value earns nothing', () => {
    expect(gradeResponse(trueFalse, { value: true })).toBe(0);
  });
  test('a missing value earns nothing rather than matching false', () => {
    expect(gradeResponse(trueFalse, {})).toBe(0);
  });
  test('a string "false" is the wrong shape and earns nothing', () => {
    expect(gradeResponse(trueFalse, { value: 'false' })).toBe(0);
  });
});

describe('short_answer', () => {
  const jerusalem = shortAnswer({ acceptedAnswers: ['New  Jerusalem'] });

  test('an accepted answer matches after trimming, collapsing spaces and ignoring case', () => {
    expect(gradeResponse(jerusalem, { text: '  new \t jerusalem ' })).toBe(1);
  });
  test('a different answer earns nothing', () => {
    expect(gradeResponse(jerusalem, { text: 'Babylon' })).toBe(0);
  });
  test('letter case counts when the key is case-sensitive', () => {
    const exact = shortAnswer({ acceptedAnswers: ['NaCl'], caseSensitive: true });
    expect(gradeResponse(exact, { text: 'NaCl' })).toBe(1);
    expect(gradeResponse(exact, { text: 'nacl' })).toBe(0);
  });
  test('a pattern must match the whole trimmed answer', () => {
    const colour = shortAnswer({ pattern: 'colou?r' });
    expect(gradeResponse(colour, { text: ' Color ' })).toBe(1);
    expect(gradeResponse(colour, { text: 'colors' })).toBe(0);
  });
  test('a pattern written for catastrophic backtracking still answers at once', () => {
    const hostile = shortAnswer({ pattern: '(a+)+b' });
    const started = Date.now();
    expect(gradeResponse(hostile, { text: 'a'.repeat(SHORT_ANSWER_PATTERN_INPUT_LIMIT - 1) + 'c' })).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
  });
  test('an answer longer than the cap never matches a pattern', () => {
    expect(matchesWholePattern('a*', 'a'.repeat(SHORT_ANSWER_PATTERN_INPUT_LIMIT + 1), true)).toBe(false);
    expect(matchesWholePattern('a*', 'a'.repeat(SHORT_ANSWER_PATTERN_INPUT_LIMIT), true)).toBe(true);
  });
  test('a pattern RE2 cannot compile matches nothing instead of failing', () => {
    expect(isGradablePattern('(?=x)x')).toBe(false);
    expect(gradeResponse(shortAnswer({ pattern: '(?=x)x' }), { text: 'x' })).toBe(0);
  });
  test('a number within the tolerance is correct, written with a point or a comma', () => {
    const pi = shortAnswer({ numeric: { value: 3.14159, tolerance: 0.01 } });
    expect(gradeResponse(pi, { text: '3.14' })).toBe(1);
    expect(gradeResponse(pi, { text: ' 3,14 ' })).toBe(1);
    expect(gradeResponse(pi, { text: '3.2' })).toBe(0);
    expect(gradeResponse(pi, { text: 'pi' })).toBe(0);
  });
  test('a tolerance of zero allows for binary rounding', () => {
    expect(gradeResponse(shortAnswer({ numeric: { value: 0.3, tolerance: 0 } }), { text: '0.30000000000000004' })).toBe(1);
  });
  test('"1,000" counts for one thousand and for one', () => {
    expect(gradeResponse(shortAnswer({ numeric: { value: 1000, tolerance: 0 } }), { text: '1,000' })).toBe(1);
    expect(gradeResponse(shortAnswer({ numeric: { value: 1, tolerance: 0 } }), { text: '1,000' })).toBe(1);
  });
  test('any one rule matching is enough', () => {
    const either = shortAnswer({ acceptedAnswers: ['seven'], numeric: { value: 7, tolerance: 0 } });
    expect(gradeResponse(either, { text: 'Seven' })).toBe(1);
    expect(gradeResponse(either, { text: '7' })).toBe(1);
  });
  test('blank text, missing text and the wrong shape earn nothing', () => {
    expect(gradeResponse(jerusalem, { text: '   ' })).toBe(0);
    expect(gradeResponse(jerusalem, { optionIds: ['a'] })).toBe(0);
    expect(gradeResponse(jerusalem, 'New Jerusalem')).toBe(0);
    expect(gradeResponse(jerusalem, null)).toBe(0);
  });
});

describe('readNumber', () => {
  test('reads signs, exponents and leading decimal points', () => {
    expect(readNumber('-2')).toEqual([-2]);
    expect(readNumber('+.5')).toEqual([0.5]);
    expect(readNumber('1e3')).toEqual([1000]);
  });
  test('reads thousands separators with a decimal point', () => {
    expect(readNumber('12,345.5')).toEqual([12345.5]);
  });
  test('does not read words, inner spaces or mixed separators', () => {
    expect(readNumber('three')).toEqual([]);
    expect(readNumber('1 000')).toEqual([]);
    expect(readNumber('1.000,5')).toEqual([]);
    expect(readNumber('Infinity')).toEqual([]);
  });
});

describe('essays and broken keys', () => {
  test('an essay is not auto-graded', () => {
    expect(gradeResponse({ type: 'essay', options: [], answerKey: { rubric: [] } }, { text: 'My essay' })).toBeNull();
  });
  test('a stored key that does not match its type grades as 0 instead of throwing', () => {
    expect(gradeResponse({ type: 'multiple_choice_single', options: OPTIONS, answerKey: { value: true } }, { optionIds: ['a'] })).toBe(0);
    expect(gradeResponse({ type: 'multiple_choice_single', options: 'broken', answerKey: { correctOptionIds: ['a'] } }, { optionIds: ['a'] })).toBe(0);
  });
});

describe('rubric scoring', () => {
  const rubric = [
    { id: 'thesis', title: 'Thesis', description: '', points: 4 },
    { id: 'evidence', title: 'Evidence', description: '', points: 6 },
  ];

  test('adds the scores of every criterion', () => {
    const scoring = scoreRubric(rubric, [
      { criterionId: 'thesis', points: 3 },
      { criterionId: 'evidence', points: 5.5 },
    ]);
    expect(scoring).toEqual({ ok: true, total: 8.5, possible: 10, byCriterion: { thesis: 3, evidence: 5.5 } });
  });
  test('refuses a score above the criterion’s points', () => {
    const scoring = scoreRubric(rubric, [
      { criterionId: 'thesis', points: 5 },
      { criterionId: 'evidence', points: 1 },
    ]);
    expect(scoring).toEqual({ ok: false, problem: '"Thesis" takes between 0 and 4 points.' });
  });
  test('refuses negative points, unknown criteria, repeats and missing criteria', () => {
    expect(scoreRubric(rubric, [{ criterionId: 'thesis', points: -1 }, { criterionId: 'evidence', points: 1 }]).ok).toBe(false);
    expect(scoreRubric(rubric, [{ criterionId: 'style', points: 1 }]).ok).toBe(false);
    expect(scoreRubric(rubric, [{ criterionId: 'thesis', points: 1 }, { criterionId: 'thesis', points: 1 }]).ok).toBe(false);
    const missing = scoreRubric(rubric, [{ criterionId: 'thesis', points: 1 }]);
    expect(missing).toEqual({ ok: false, problem: 'Score every criterion; missing: "Evidence".' });
  });
  test('work without a rubric is scored on one overall criterion worth its points', () => {
    expect(effectiveRubric([], 5)).toEqual([{ id: 'overall', title: 'Overall', description: '', points: 5 }]);
  });
  test('rubric totals scale to what the work is worth', () => {
    expect(scaleRubricTotal(8.5, 10, 2)).toBe(1.7);
    expect(scaleRubricTotal(1, 0, 2)).toBe(0);
  });
  test('percentages keep two decimals', () => {
    expect(scorePercentOf(2, 3)).toBe(66.67);
    expect(scorePercentOf(0, 0)).toBe(100);
  });
});

describe('attempt totals', () => {
  const layout = [
    { questionId: 'q1', points: 2, optionIds: [] },
    { questionId: 'q2', points: 3, optionIds: [] },
    { questionId: 'q3', points: 5, optionIds: [] },
  ];
  const answer = (questionId: string, fields: Partial<{ response: unknown; autoScore: number | null; manualScore: number | null }>) => ({
    questionId,
    response: fields.response ?? {},
    autoScore: fields.autoScore ?? null,
    manualScore: fields.manualScore ?? null,
  });

  test('an essay with text waits for a person; unanswered questions count 0', () => {
    const types = new Map([['q1', 'true_false' as const], ['q2', 'essay' as const], ['q3', 'short_answer' as const]]);
    const answers = new Map([
      ['q1', answer('q1', { autoScore: 2 })],
      ['q2', answer('q2', { response: { text: 'An essay.' } })],
    ]);
    expect(attemptTotals(layout, answers, types)).toEqual({ score: 2, pendingCount: 1 });
  });
  test('a blank essay counts 0 without waiting, and a manual score wins', () => {
    expect(finalAnswerScore('essay', answer('q2', { response: { text: '  ' } }))).toBe(0);
    expect(finalAnswerScore('essay', answer('q2', { response: { text: 'x' }, manualScore: 2.5 }))).toBe(2.5);
    expect(finalAnswerScore(undefined, answer('q2', { autoScore: 3 }))).toBe(0);
  });
});

describe('attempt layout', () => {
  const questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((questionId) => ({ questionId, points: 1, optionIds: ['a', 'b', 'c', 'd', 'e'] }));

  test('keeps the author’s order when the quiz does not shuffle', () => {
    const layout = buildAttemptLayout('seed', { shuffleQuestions: false, shuffleOptions: false }, questions);
    expect(layout.map((entry) => entry.questionId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(layout[0]?.optionIds).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  test('the same seed gives the same order and different seeds differ', () => {
    const settings = { shuffleQuestions: true, shuffleOptions: true };
    const first = buildAttemptLayout('attempt-1', settings, questions);
    expect(buildAttemptLayout('attempt-1', settings, questions)).toEqual(first);
    expect(buildAttemptLayout('attempt-2', settings, questions)).not.toEqual(first);
  });
  test('shuffling keeps every question and option', () => {
    const layout = buildAttemptLayout('x', { shuffleQuestions: true, shuffleOptions: true }, questions);
    expect(layout.map((entry) => entry.questionId).sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    for (const entry of layout) expect([...entry.optionIds].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  test('the seeded generator stays within [0, 1)', () => {
    const random = seededRandom('bounds');
    for (let index = 0; index < 1000; index += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(shuffle([], random)).toEqual([]);
  });
});

describe('response shapes', () => {
  const rules = { type: 'multiple_choice_single' as const, optionIds: ['a', 'b'] };

  test('single choice takes one option of the question', () => {
    expect(checkResponse(rules, { optionIds: ['a'] })).toEqual({ ok: true, response: { optionIds: ['a'] } });
    expect(checkResponse(rules, { optionIds: ['a', 'b'] })).toMatchObject({ ok: false, field: 'optionIds' });
    expect(checkResponse(rules, { optionIds: ['z'] })).toMatchObject({ ok: false, field: 'optionIds' });
  });
  test('each type takes only its own field', () => {
    expect(checkResponse(rules, { text: 'a' })).toMatchObject({ ok: false });
    expect(checkResponse({ type: 'true_false', optionIds: [] }, { value: true, text: 'x' })).toMatchObject({ ok: false, field: 'value' });
    expect(checkResponse({ type: 'short_answer', optionIds: [] }, { value: true })).toMatchObject({ ok: false, field: 'text' });
  });
  test('an essay over its word limit is refused with the count', () => {
    expect(checkResponse({ type: 'essay', optionIds: [], maxWords: 3 }, { text: 'one two three four' })).toEqual({
      ok: false,
      field: 'text',
      problem: 'The essay has 4 words; the limit is 3.',
    });
  });
});
