// Program.eligibilityRules: what the schema accepts, and the officer-facing errors for what it refuses.
import { randomUUID } from 'node:crypto';
import { eligibilityRulesSchema, parseEligibilityRules } from '../src/eligibility/eligibility-rules';

function badInputOf(run: () => unknown): { message: string; field: unknown } {
  try {
    run();
  } catch (error) {
    const extensions = (error as { extensions?: { code?: string; field?: unknown } }).extensions;
    expect(extensions?.code).toBe('BAD_USER_INPUT');
    return { message: (error as Error).message, field: extensions?.field };
  }
  throw new Error('expected BAD_USER_INPUT');
}

test('accepts every rule together, and no rules at all', () => {
  const course = randomUUID();
  expect(parseEligibilityRules({ minimumAge: 18, minimumEducation: 'bachelor', prerequisiteCourseIds: [course] })).toEqual({
    minimumAge: 18,
    minimumEducation: 'bachelor',
    prerequisiteCourseIds: [course],
  });
  expect(parseEligibilityRules({})).toEqual({});
});

test('drops repeated prerequisite courses', () => {
  const course = randomUUID();
  expect(parseEligibilityRules({ prerequisiteCourseIds: [course, course] }).prerequisiteCourseIds).toEqual([course]);
});

test('refuses a minimum age outside 0 to 120 or not a whole number, naming the field', () => {
  expect(badInputOf(() => parseEligibilityRules({ minimumAge: 121 })).field).toBe('eligibilityRules.minimumAge');
  expect(badInputOf(() => parseEligibilityRules({ minimumAge: -1 })).field).toBe('eligibilityRules.minimumAge');
  expect(badInputOf(() => parseEligibilityRules({ minimumAge: 17.5 })).field).toBe('eligibilityRules.minimumAge');
  expect(eligibilityRulesSchema.safeParse({ minimumAge: 0 }).success).toBe(true);
  expect(eligibilityRulesSchema.safeParse({ minimumAge: 120 }).success).toBe(true);
});

test('refuses an education level outside the fixed list', () => {
  expect(badInputOf(() => parseEligibilityRules({ minimumEducation: 'Bachelor' })).field).toBe('eligibilityRules.minimumEducation');
});

test('refuses a prerequisite that is not a course id, naming its position', () => {
  expect(badInputOf(() => parseEligibilityRules({ prerequisiteCourseIds: [randomUUID(), 'hebrew-101'] })).field).toBe('eligibilityRules.prerequisiteCourseIds.1');
});

test('refuses an unknown rule instead of never checking it', () => {
  const { message } = badInputOf(() => parseEligibilityRules({ priorEducation: ['bachelor'] }));
  expect(message).toMatch(/priorEducation/);
});
