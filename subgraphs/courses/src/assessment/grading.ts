// Grading of one answer, per question type. Pure: plain values in, the fraction of the question earned
// out. A response that is empty, malformed or names options the question does not have earns 0; nothing
// here throws on what a student sent.
//
// Rules, per type:
// - multiple_choice_single: exactly one option chosen, and it is a correct one → 1; anything else → 0.
// - multiple_choice_multi: partial credit (correct chosen − wrong chosen) / correct count, floored at 0.
//   Choosing every option therefore earns nothing unless every option is correct; a repeated id counts once.
// - true_false: the chosen value equals the key → 1.
// - short_answer: correct (1) when any one rule of the key matches, else 0:
//   · acceptedAnswers: compared after trimming and collapsing inner whitespace to one space, ignoring
//     letter case unless `caseSensitive`;
//   · pattern: an RE2 expression (linear-time matching, so neither the pattern nor a hostile answer can
//     make grading slow) that must match the whole trimmed answer; answers longer than
//     SHORT_ANSWER_PATTERN_INPUT_LIMIT characters never match it;
//   · numeric: the answer read as a number lies within `tolerance` of `value` (see readNumber for the
//     forms accepted, e.g. "3.14", " 3,14 ", "-2", "1e3", "1,000").
// - essay: not graded here (null); a person scores it against the rubric (scoreRubric).
import { RE2JS } from 're2js';
import {
  essayKeySchema,
  readAnswerKey,
  readOptions,
  responseSchema,
  type ChoiceKey,
  type QuestionKind,
  type QuestionOption,
  type QuestionResponse,
  type RubricCriterion,
  type ShortAnswerKey,
  type TrueFalseKey,
} from '../question-spec';

/** Answers longer than this never match a short-answer `pattern` (accepted answers are at most 500 characters too). */
export const SHORT_ANSWER_PATTERN_INPUT_LIMIT = 500;
/** Longest text read as a number; nothing longer is a number a person typed. */
const NUMBER_TEXT_LIMIT = 64;

/** A question as grading needs it: its type and the stored `options` and `answerKey` JSON. */
export interface GradableQuestion {
  type: QuestionKind;
  options: unknown;
  answerKey: unknown;
}

/** Reads a stored or submitted response; anything that is not a response object reads as empty. */
export function readResponse(stored: unknown): QuestionResponse {
  const parsed = responseSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/**
 * The fraction (0..1) of the question's points a response earns, or null for an essay, which a person
 * grades. A stored key that does not match its type grades every response as 0 rather than failing the
 * whole attempt.
 */
export function gradeResponse(question: GradableQuestion, storedResponse: unknown): number | null {
  if (question.type === 'essay') return null;
  const response = readResponse(storedResponse);
  let key;
  let options: QuestionOption[];
  try {
    key = readAnswerKey(question.type, question.answerKey);
    options = question.type === 'multiple_choice_single' || question.type === 'multiple_choice_multi' ? readOptions(question.options) : [];
  } catch {
    return 0;
  }
  switch (key.type) {
    case 'multiple_choice_single':
      return gradeSingleChoice(key.key, options, response);
    case 'multiple_choice_multi':
      return gradeMultipleChoice(key.key, options, response);
    case 'true_false':
      return gradeTrueFalse(key.key, response);
    case 'short_answer':
      return gradeShortAnswer(key.key, response.text);
    case 'essay':
      return null;
  }
}

/** The chosen ids without repeats, or null when one of them is not an option of the question. */
function chosenOptions(options: readonly QuestionOption[], response: QuestionResponse): Set<string> | null {
  const known = new Set(options.map((option) => option.id));
  const chosen = new Set(response.optionIds ?? []);
  for (const id of chosen) if (!known.has(id)) return null;
  return chosen;
}

export function gradeSingleChoice(key: ChoiceKey, options: readonly QuestionOption[], response: QuestionResponse): number {
  const chosen = chosenOptions(options, response);
  if (chosen === null || chosen.size !== 1) return 0;
  const [only] = chosen;
  return only !== undefined && key.correctOptionIds.includes(only) ? 1 : 0;
}

export function gradeMultipleChoice(key: ChoiceKey, options: readonly QuestionOption[], response: QuestionResponse): number {
  const chosen = chosenOptions(options, response);
  if (chosen === null || chosen.size === 0) return 0;
  const correct = new Set(key.correctOptionIds);
  let correctChosen = 0;
  let wrongChosen = 0;
  for (const id of chosen) {
    if (correct.has(id)) correctChosen += 1;
    else wrongChosen += 1;
  }
  return Math.max(0, (correctChosen - wrongChosen) / correct.size);
}

export function gradeTrueFalse(key: TrueFalseKey, response: QuestionResponse): number {
  return typeof response.value === 'boolean' && response.value === key.value ? 1 : 0;
}

/** Trimmed, inner whitespace collapsed to one space, Unicode-normalised; lower-cased unless case matters. */
export function normaliseAnswerText(text: string, caseSensitive: boolean): string {
  const collapsed = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? collapsed : collapsed.toLocaleLowerCase('en');
}

export function gradeShortAnswer(key: ShortAnswerKey, text: string | undefined): number {
  if (typeof text !== 'string') return 0;
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const normalised = normaliseAnswerText(trimmed, key.caseSensitive);
  if (key.acceptedAnswers.some((accepted) => normaliseAnswerText(accepted, key.caseSensitive) === normalised)) return 1;
  if (key.pattern !== undefined && matchesWholePattern(key.pattern, trimmed, key.caseSensitive)) return 1;
  if (key.numeric !== undefined && isWithinTolerance(readNumber(trimmed), key.numeric.value, key.numeric.tolerance)) return 1;
  return 0;
}

/** True when grading can use the pattern: RE2 syntax (no look-arounds or back-references). */
export function isGradablePattern(pattern: string): boolean {
  try {
    RE2JS.compile(pattern);
    return true;
  } catch {
    return false;
  }
}

/** RE2 full match; a pattern RE2 cannot compile (look-arounds, back-references) matches nothing. */
export function matchesWholePattern(pattern: string, answer: string, caseSensitive: boolean): boolean {
  if (answer.length > SHORT_ANSWER_PATTERN_INPUT_LIMIT) return false;
  try {
    return RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE).matches(answer);
  } catch {
    return false;
  }
}

/**
 * Every value a typed number can mean, or [] when it is not a number. Accepted, after trimming:
 * - plain decimals and exponents with an optional sign: "3.14", "-2", "+.5", "1e3";
 * - a decimal comma: "3,14", " 3,14 ";
 * - thousands separated by commas with an optional decimal point: "12,345.5".
 * "1,000" could be either one thousand or one (with a decimal comma), so it yields both readings and
 * counts when either is right. Spaces inside the number, several kinds of separator mixed the other way
 * round ("1.000,5") and words are not read.
 */
export function readNumber(text: string): number[] {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > NUMBER_TEXT_LIMIT) return [];
  const readings: number[] = [];
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) readings.push(Number(trimmed));
  if (/^[+-]?\d*,\d+$/.test(trimmed)) readings.push(Number(trimmed.replace(',', '.')));
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) readings.push(Number(trimmed.replace(/,/g, '')));
  return readings.filter((value) => Number.isFinite(value));
}

/** Within tolerance, allowing for binary rounding (0.1 + 0.2 is within 0 of 0.3). */
export function isWithinTolerance(readings: readonly number[], value: number, tolerance: number): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(value));
  return readings.some((reading) => Math.abs(reading - value) <= tolerance + slack);
}

/** True when a response has nothing in it: no option, no value, no non-blank text. */
export function isBlankResponse(storedResponse: unknown): boolean {
  const response = readResponse(storedResponse);
  return (response.optionIds ?? []).length === 0 && typeof response.value !== 'boolean' && (response.text ?? '').trim() === '';
}

// ─── Rubrics (essays and assignments) ───────────────────────────────────────────────────────────────

/** The id of the single criterion that stands for a whole essay or assignment without a rubric. */
export const OVERALL_CRITERION_ID = 'overall';

/**
 * The criteria a piece of work is scored against: its rubric, or — when the author gave none — one
 * "Overall" criterion worth the work's points.
 */
export function effectiveRubric(rubric: readonly RubricCriterion[], points: number): RubricCriterion[] {
  if (rubric.length > 0) return [...rubric];
  return [{ id: OVERALL_CRITERION_ID, title: 'Overall', description: '', points }];
}

/** The criteria an essay of the bank is scored against, worth `points` in the attempt. */
export function essayRubric(answerKey: unknown, points: number): RubricCriterion[] {
  const parsed = essayKeySchema.safeParse(answerKey);
  return effectiveRubric(parsed.success ? parsed.data.rubric : [], points);
}

export interface RubricScoreInput {
  criterionId: string;
  points: number;
}

export type RubricScoring =
  | {
      ok: true;
      /** Points given, summed over the criteria. */
      total: number;
      /** Points the rubric can give. */
      possible: number;
      /** { criterionId: points } as stored on the graded row. */
      byCriterion: Record<string, number>;
    }
  | { ok: false; problem: string };

/**
 * Checks a grader's scores against the criteria: every criterion scored exactly once, each between 0
 * and the criterion's points. Returns the total, or the first problem in words a grader can act on.
 */
export function scoreRubric(criteria: readonly RubricCriterion[], scores: readonly RubricScoreInput[]): RubricScoring {
  const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const byCriterion: Record<string, number> = {};
  for (const score of scores) {
    const criterion = byId.get(score.criterionId);
    if (criterion === undefined) {
      const known = criteria.map((item) => `"${item.id}"`).join(', ');
      return { ok: false, problem: `"${score.criterionId.slice(0, 40)}" is not a criterion of this rubric; score ${known}.` };
    }
    if (Object.hasOwn(byCriterion, criterion.id)) return { ok: false, problem: `"${criterion.title}" is scored twice; score each criterion once.` };
    if (!Number.isFinite(score.points) || score.points < 0 || score.points > criterion.points) {
      return { ok: false, problem: `"${criterion.title}" takes between 0 and ${criterion.points} points.` };
    }
    byCriterion[criterion.id] = score.points;
  }
  const missing = criteria.filter((criterion) => !Object.hasOwn(byCriterion, criterion.id));
  if (missing.length > 0) return { ok: false, problem: `Score every criterion; missing: ${missing.map((criterion) => `"${criterion.title}"`).join(', ')}.` };
  const total = Object.values(byCriterion).reduce((sum, points) => sum + points, 0);
  const possible = criteria.reduce((sum, criterion) => sum + criterion.points, 0);
  return { ok: true, total, possible, byCriterion };
}

/** Rubric points scaled to the points the work is worth (a rubric may add up to a different number). */
export function scaleRubricTotal(total: number, possible: number, worth: number): number {
  if (possible <= 0) return 0;
  return roundScore((total / possible) * worth);
}

/** Scores are kept to four decimals so that thirds add up the same everywhere. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Percent of `maxScore`, to two decimals; a quiz worth nothing counts as fully scored. */
export function scorePercentOf(score: number, maxScore: number): number {
  if (maxScore <= 0) return 100;
  return Math.round((score / maxScore) * 10_000) / 100;
}
