// The pure eligibility evaluator: age exact to the birthday (leap days included), prior education as a
// minimum level, prerequisites all completed, and missing data reported as a rule not met.
import { randomUUID } from 'node:crypto';
import { evaluateEligibility, type EligibilityFacts, type EligibilityReason } from '../src/eligibility/evaluate-eligibility';

const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  dateOfBirth: null,
  educationHistory: [],
  completedCourseIds: new Set(),
  ...overrides,
});

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

function onlyReason(result: { reasons: EligibilityReason[] }): EligibilityReason {
  expect(result.reasons).toHaveLength(1);
  return result.reasons[0]!;
}

describe('minimum age', () => {
  const rules = { minimumAge: 18 };
  const bornOn = (dateOfBirth: string) => facts({ dateOfBirth });

  it('is met on the eighteenth birthday itself', () => {
    const result = evaluateEligibility(rules, bornOn('2008-05-01'), at('2026-05-01'));
    expect(result.eligible).toBe(true);
    expect(onlyReason(result)).toEqual({ rule: 'minimumAge', met: true, detail: 'Aged 18 on 2026-05-01; the minimum age is 18.' });
  });

  it('is not met the day before, and the detail says when it will be', () => {
    const result = evaluateEligibility(rules, bornOn('2008-05-01'), at('2026-04-30'));
    expect(result.eligible).toBe(false);
    expect(onlyReason(result)).toEqual({ rule: 'minimumAge', met: false, detail: 'Aged 17 on 2026-04-30; the minimum age is 18, reached on 2026-05-01.' });
  });

  it('counts the day in UTC, so late evening elsewhere is still the day before the birthday', () => {
    expect(evaluateEligibility(rules, bornOn('2008-05-01'), new Date('2026-04-30T23:59:59Z')).eligible).toBe(false);
    expect(evaluateEligibility(rules, bornOn('2008-05-01'), new Date('2026-05-01T00:00:00Z')).eligible).toBe(true);
  });

  it('is not met in a later month of the year before the birthday year', () => {
    expect(evaluateEligibility(rules, bornOn('2008-12-31'), at('2026-12-30')).eligible).toBe(false);
    expect(evaluateEligibility(rules, bornOn('2008-12-31'), at('2026-12-31')).eligible).toBe(true);
  });

  it('has someone born on 29 February turn a year older on 1 March in a common year', () => {
    expect(evaluateEligibility(rules, bornOn('2008-02-29'), at('2026-02-28')).eligible).toBe(false);
    expect(onlyReason(evaluateEligibility(rules, bornOn('2008-02-29'), at('2026-02-28'))).detail).toBe(
      'Aged 17 on 2026-02-28; the minimum age is 18, reached on 2026-03-01.',
    );
    expect(evaluateEligibility(rules, bornOn('2008-02-29'), at('2026-03-01')).eligible).toBe(true);
  });

  it('has someone born on 29 February turn a year older on 29 February in a leap year', () => {
    expect(evaluateEligibility({ minimumAge: 20 }, bornOn('2008-02-29'), at('2028-02-28')).eligible).toBe(false);
    expect(evaluateEligibility({ minimumAge: 20 }, bornOn('2008-02-29'), at('2028-02-29')).eligible).toBe(true);
  });

  it('has someone born on 28 February turn a year older on 28 February, leap year or not', () => {
    expect(evaluateEligibility(rules, bornOn('2010-02-28'), at('2028-02-28')).eligible).toBe(true);
    expect(evaluateEligibility(rules, bornOn('2010-02-28'), at('2028-02-27')).eligible).toBe(false);
  });

  it('reports a missing date of birth as not met, saying what to add', () => {
    expect(onlyReason(evaluateEligibility(rules, facts(), at('2026-05-01')))).toEqual({
      rule: 'minimumAge',
      met: false,
      detail: 'No date of birth was given; add it to the personal details so the minimum age of 18 can be checked.',
    });
    expect(onlyReason(evaluateEligibility(rules, bornOn('  '), at('2026-05-01'))).met).toBe(false);
  });

  it('reports a malformed or impossible date of birth as not met', () => {
    expect(onlyReason(evaluateEligibility(rules, bornOn('01/05/2000'), at('2026-05-01'))).detail).toBe(
      'The date of birth "01/05/2000" is not a date in the form YYYY-MM-DD; correct it in the personal details.',
    );
    expect(onlyReason(evaluateEligibility(rules, bornOn('2001-02-29'), at('2026-05-01'))).met).toBe(false);
    expect(onlyReason(evaluateEligibility(rules, bornOn('2001-13-01'), at('2026-05-01'))).met).toBe(false);
  });

  it('reports a date of birth in the future as not met, even with a minimum age of zero', () => {
    const reason = onlyReason(evaluateEligibility({ minimumAge: 0 }, bornOn('2030-01-01'), at('2026-05-01')));
    expect(reason).toEqual({ rule: 'minimumAge', met: false, detail: 'The date of birth 2030-01-01 is in the future; correct it in the personal details.' });
  });
});

describe('minimum education', () => {
  it('is met by a completed qualification at the required level', () => {
    const result = evaluateEligibility({ minimumEducation: 'bachelor' }, facts({ educationHistory: [{ level: 'bachelor', completed: true }] }), at('2026-05-01'));
    expect(result.eligible).toBe(true);
    expect(onlyReason(result).detail).toBe("Highest completed education is a bachelor's degree; at least a bachelor's degree is required.");
  });

  it('is met by a higher completed qualification than required', () => {
    const history = [{ level: 'secondary' as const, completed: true }, { level: 'master' as const, completed: true }];
    expect(evaluateEligibility({ minimumEducation: 'bachelor' }, facts({ educationHistory: history }), at('2026-05-01')).eligible).toBe(true);
  });

  it('is not met by a lower one, and names the highest completed', () => {
    const result = evaluateEligibility({ minimumEducation: 'bachelor' }, facts({ educationHistory: [{ level: 'diploma', completed: true }] }), at('2026-05-01'));
    expect(result.eligible).toBe(false);
    expect(onlyReason(result).detail).toBe("Highest completed education is a diploma; at least a bachelor's degree is required.");
  });

  it('does not count a qualification still in progress, and says so', () => {
    const history = [{ level: 'secondary' as const, completed: true }, { level: 'bachelor' as const, completed: false }];
    const result = evaluateEligibility({ minimumEducation: 'bachelor' }, facts({ educationHistory: history }), at('2026-05-01'));
    expect(result.eligible).toBe(false);
    expect(onlyReason(result).detail).toBe(
      "Highest completed education is secondary school; at least a bachelor's degree is required (a bachelor's degree not yet completed does not count).",
    );
  });

  it('reports an empty education history as not met', () => {
    expect(onlyReason(evaluateEligibility({ minimumEducation: 'secondary' }, facts(), at('2026-05-01')))).toEqual({
      rule: 'minimumEducation',
      met: false,
      detail: 'The education history lists no completed qualification; at least secondary school is required.',
    });
  });

  it('is met without any history when the minimum is none', () => {
    expect(onlyReason(evaluateEligibility({ minimumEducation: 'none' }, facts(), at('2026-05-01')))).toEqual({ rule: 'minimumEducation', met: true, detail: 'No prior education is required.' });
  });

  it('requires a doctorate to be a doctorate', () => {
    expect(evaluateEligibility({ minimumEducation: 'doctorate' }, facts({ educationHistory: [{ level: 'master', completed: true }] }), at('2026-05-01')).eligible).toBe(false);
    expect(evaluateEligibility({ minimumEducation: 'doctorate' }, facts({ educationHistory: [{ level: 'doctorate', completed: true }] }), at('2026-05-01')).eligible).toBe(true);
  });
});

describe('prerequisite courses', () => {
  const [first, second] = [randomUUID(), randomUUID()];

  it('are met when every one is completed', () => {
    const result = evaluateEligibility({ prerequisiteCourseIds: [first, second] }, facts({ completedCourseIds: new Set([second, first, randomUUID()]) }), at('2026-05-01'));
    expect(result.eligible).toBe(true);
    expect(onlyReason(result)).toEqual({ rule: 'prerequisiteCourseIds', met: true, detail: 'All 2 prerequisite courses are completed.' });
  });

  it('are not met when one is missing, and the detail names it', () => {
    const result = evaluateEligibility({ prerequisiteCourseIds: [first, second] }, facts({ completedCourseIds: new Set([first]) }), at('2026-05-01'));
    expect(result.eligible).toBe(false);
    expect(onlyReason(result)).toEqual({ rule: 'prerequisiteCourseIds', met: false, detail: `1 of 2 prerequisite courses is not completed yet: ${second}.` });
  });

  it('are not met by someone who completed none', () => {
    expect(onlyReason(evaluateEligibility({ prerequisiteCourseIds: [first, second] }, facts(), at('2026-05-01'))).detail).toBe(
      `2 of 2 prerequisite courses are not completed yet: ${first}, ${second}.`,
    );
  });

  it('give no reason when the list is empty', () => {
    expect(evaluateEligibility({ prerequisiteCourseIds: [] }, facts(), at('2026-05-01'))).toEqual({ eligible: true, reasons: [] });
  });
});

describe('all rules together', () => {
  it('a program without rules finds everyone eligible, with no reasons', () => {
    expect(evaluateEligibility({}, facts(), at('2026-05-01'))).toEqual({ eligible: true, reasons: [] });
  });

  it('one unmet rule makes the applicant ineligible, and every rule still gets its reason in order', () => {
    const course = randomUUID();
    const result = evaluateEligibility(
      { minimumAge: 18, minimumEducation: 'secondary', prerequisiteCourseIds: [course] },
      facts({ dateOfBirth: '2000-01-01', educationHistory: [{ level: 'secondary', completed: true }] }),
      at('2026-05-01'),
    );
    expect(result.eligible).toBe(false);
    expect(result.reasons.map(({ rule, met }) => ({ rule, met }))).toEqual([
      { rule: 'minimumAge', met: true },
      { rule: 'minimumEducation', met: true },
      { rule: 'prerequisiteCourseIds', met: false },
    ]);
  });
});
