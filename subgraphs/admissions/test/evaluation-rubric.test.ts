// The questionnaire and rubric defined in code, and the checks on what applicants and officers send:
// answers to known questions within the length limit, and scores for every criterion within its points.
import { MAX_ANSWER_LENGTH, RUBRIC_TOTAL, SPIRITUAL_QUESTIONS, SPIRITUAL_RUBRIC } from '../src/evaluation/questionnaire';
import { mergeAnswers, unansweredQuestions } from '../src/evaluation/questionnaire-answers';
import { checkRubricScores } from '../src/evaluation/rubric-scores';

const fullMarks = () => SPIRITUAL_RUBRIC.map((criterion) => ({ criterionId: criterion.id, points: criterion.maxPoints }));

function badInputOf(run: () => unknown): { field?: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const { extensions, message } = error as { extensions: { code: string; field?: unknown }; message: string };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    return { field: extensions.field, message };
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('the questionnaire and rubric', () => {
  it('asks four to six questions with distinct ids', () => {
    expect(SPIRITUAL_QUESTIONS.length).toBeGreaterThanOrEqual(4);
    expect(SPIRITUAL_QUESTIONS.length).toBeLessThanOrEqual(6);
    expect(new Set(SPIRITUAL_QUESTIONS.map((question) => question.id)).size).toBe(SPIRITUAL_QUESTIONS.length);
  });

  it('scores criteria with distinct ids worth 100 points together', () => {
    expect(new Set(SPIRITUAL_RUBRIC.map((criterion) => criterion.id)).size).toBe(SPIRITUAL_RUBRIC.length);
    expect(RUBRIC_TOTAL).toBe(100);
    expect(SPIRITUAL_RUBRIC.every((criterion) => Number.isInteger(criterion.maxPoints) && criterion.maxPoints > 0)).toBe(true);
  });
});

describe('mergeAnswers', () => {
  it('keeps earlier answers, trims new ones and clears a question answered with nothing', () => {
    const [first, second] = SPIRITUAL_QUESTIONS;
    const merged = mergeAnswers({ [first!.id]: 'Old', [second!.id]: 'Keep' }, [
      { questionId: first!.id, answer: '  New  ' },
      { questionId: second!.id, answer: '   ' },
    ]);
    expect(merged).toEqual({ [first!.id]: 'New' });
  });

  it('refuses an unknown question id on that entry’s questionId', () => {
    expect(badInputOf(() => mergeAnswers({}, [{ questionId: SPIRITUAL_QUESTIONS[0]!.id, answer: 'x' }, { questionId: 'favourite-colour', answer: 'blue' }])).field).toBe(
      'answers[1].questionId',
    );
  });

  it('refuses the same question twice', () => {
    const id = SPIRITUAL_QUESTIONS[0]!.id;
    expect(badInputOf(() => mergeAnswers({}, [{ questionId: id, answer: 'a' }, { questionId: id, answer: 'b' }])).field).toBe('answers[1].questionId');
  });

  it('accepts an answer of exactly the limit and refuses one character more on answer', () => {
    const id = SPIRITUAL_QUESTIONS[0]!.id;
    expect(mergeAnswers({}, [{ questionId: id, answer: 'a'.repeat(MAX_ANSWER_LENGTH) }])[id]).toHaveLength(MAX_ANSWER_LENGTH);
    expect(badInputOf(() => mergeAnswers({}, [{ questionId: id, answer: 'a'.repeat(MAX_ANSWER_LENGTH + 1) }])).field).toBe('answers[0].answer');
  });

  it('lists the questions still unanswered in questionnaire order', () => {
    const [first, , third] = SPIRITUAL_QUESTIONS;
    expect(unansweredQuestions({ [third!.id]: 'yes' })).toEqual(SPIRITUAL_QUESTIONS.filter((question) => question !== third).map((question) => question.id));
    expect(unansweredQuestions(Object.fromEntries(SPIRITUAL_QUESTIONS.map((question) => [question.id, 'answered'])))).toEqual([]);
    expect(unansweredQuestions({ [first!.id]: '' })).toContain(first!.id);
  });
});

describe('checkRubricScores', () => {
  it('returns the scores in rubric order whatever order they came in', () => {
    expect(checkRubricScores([...fullMarks()].reverse())).toEqual(fullMarks());
  });

  it('refuses an unknown criterion on its criterionId', () => {
    expect(badInputOf(() => checkRubricScores([...fullMarks(), { criterionId: 'charisma', points: 1 }])).field).toBe(`scores[${SPIRITUAL_RUBRIC.length}].criterionId`);
  });

  it('refuses points above the criterion’s maximum, below zero or fractional on points', () => {
    const top = SPIRITUAL_RUBRIC[0]!;
    for (const points of [top.maxPoints + 1, -1, 2.5]) {
      const scores = fullMarks().map((score) => (score.criterionId === top.id ? { ...score, points } : score));
      expect(badInputOf(() => checkRubricScores(scores)).field).toBe('scores[0].points');
    }
  });

  it('refuses a missing criterion, naming it, on scores', () => {
    const result = badInputOf(() => checkRubricScores(fullMarks().slice(1)));
    expect(result.field).toBe('scores');
    expect(result.message).toContain(SPIRITUAL_RUBRIC[0]!.title);
  });

  it('refuses a criterion scored twice', () => {
    expect(badInputOf(() => checkRubricScores([...fullMarks(), fullMarks()[0]!])).field).toBe(`scores[${SPIRITUAL_RUBRIC.length}].criterionId`);
  });
});
