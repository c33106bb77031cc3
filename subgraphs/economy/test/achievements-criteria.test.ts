// The criteria language achievements are judged by: parsing, evaluation and the metrics it names.
import { criteriaMet, metricsNamedIn, parseCriteria, type AchievementCriteria } from '../src/achievements/criteria';

const metrics = (values: Record<string, number>) => new Map(Object.entries(values));

describe('criteriaMet', () => {
  const fiveCourses: AchievementCriteria = { metric: 'courses_completed', atLeast: 5 };

  it('is met when the metric reaches the threshold exactly', () => {
    expect(criteriaMet(fiveCourses, metrics({ courses_completed: 5 }))).toBe(true);
  });

  it('is not met one below the threshold', () => {
    expect(criteriaMet(fiveCourses, metrics({ courses_completed: 4 }))).toBe(false);
  });

  it('counts a metric never recorded as zero', () => {
    expect(criteriaMet({ metric: 'best_grade', atLeast: 0 }, metrics({}))).toBe(true);
    expect(criteriaMet({ metric: 'best_grade', atLeast: 1 }, metrics({}))).toBe(false);
  });

  it('needs every part of an all', () => {
    const criteria: AchievementCriteria = { all: [fiveCourses, { metric: 'devotion_streak', atLeast: 30 }] };
    expect(criteriaMet(criteria, metrics({ courses_completed: 9, devotion_streak: 29 }))).toBe(false);
    expect(criteriaMet(criteria, metrics({ courses_completed: 5, devotion_streak: 30 }))).toBe(true);
  });

  it('needs one part of an any', () => {
    const criteria: AchievementCriteria = { any: [fiveCourses, { metric: 'prayers_logged', atLeast: 10 }] };
    expect(criteriaMet(criteria, metrics({ prayers_logged: 10 }))).toBe(true);
    expect(criteriaMet(criteria, metrics({ courses_completed: 4, prayers_logged: 9 }))).toBe(false);
  });

  it('evaluates nested all and any', () => {
    const criteria: AchievementCriteria = {
      all: [{ metric: 'courses_completed', atLeast: 1 }, { any: [{ metric: 'best_grade', atLeast: 90 }, { metric: 'verses_mastered', atLeast: 10 }] }],
    };
    expect(criteriaMet(criteria, metrics({ courses_completed: 1, verses_mastered: 10 }))).toBe(true);
    expect(criteriaMet(criteria, metrics({ courses_completed: 1, best_grade: 89 }))).toBe(false);
  });
});

describe('parseCriteria', () => {
  it('accepts thresholds, all and any', () => {
    const json = { all: [{ metric: 'courses_completed', atLeast: 5 }, { any: [{ metric: 'best_grade', atLeast: 90 }] }] };
    expect(parseCriteria('mixed', json)).toEqual(json);
  });

  it.each([
    ['a missing threshold', { metric: 'courses_completed' }],
    ['a negative threshold', { metric: 'courses_completed', atLeast: -1 }],
    ['a fractional threshold', { metric: 'courses_completed', atLeast: 1.5 }],
    ['a metric name that is not lower_snake_case', { metric: 'Courses Completed', atLeast: 1 }],
    ['an empty all', { all: [] }],
    ['an unknown key', { metric: 'courses_completed', atLeast: 1, atMost: 3 }],
    ['a bare number', 5],
  ])('refuses %s, naming the achievement', (_what, json) => {
    expect(() => parseCriteria('broken-one', json)).toThrow(/Achievement "broken-one" has malformed criteria/);
  });

  it('refuses criteria nested deeper than four levels', () => {
    const deep = { all: [{ any: [{ all: [{ any: [{ metric: 'best_grade', atLeast: 1 }] }] }] }] };
    expect(() => parseCriteria('too-deep', deep)).toThrow(/deeper than 4 levels/);
  });
});

describe('metricsNamedIn', () => {
  it('lists each metric once, however deep', () => {
    const criteria: AchievementCriteria = {
      any: [{ metric: 'best_grade', atLeast: 90 }, { all: [{ metric: 'best_grade', atLeast: 80 }, { metric: 'courses_completed', atLeast: 2 }] }],
    };
    expect(metricsNamedIn(criteria).sort()).toEqual(['best_grade', 'courses_completed']);
  });
});
