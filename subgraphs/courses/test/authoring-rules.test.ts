// The pure rules of authoring, checked directly: input rules, slugs, points, answer keys, orders,
// review readiness and uploaded file names.
import type { GraphQLError } from 'graphql';
import { firstFreeSlug, slugFromTitle } from '../src/authoring/courses';
import { settlePoints, DEFAULT_ASSIGNMENT_POINTS } from '../src/authoring/assignments';
import { checkQuestionContent } from '../src/authoring/questions';
import { checkNewOrder } from '../src/authoring/reorder';
import { missingForReview } from '../src/authoring/review';
import { decodeBase64File, storedFileName } from '../src/authoring/lecture-files';
import { canonicalLanguage, httpsUrlRule, looksLikeWebVtt, normaliseTags, tagsRule, titleRule } from '../src/authoring/rules';
import { SLUG_PATTERN } from '../src/slug-rule';

/** The error `run` throws, for asserting its code and message. */
function thrown(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('Expected an error, but nothing was thrown.');
}

describe('slugs', () => {
  test('a title becomes lowercase ASCII words joined by hyphens', () => {
    expect(slugFromTitle('  Introduction to Koinē Greek: Part I! ')).toBe('introduction-to-koine-greek-part-i');
  });

  test('a title without Latin letters or too short still gives a valid slug', () => {
    for (const title of ['Ἑλληνική', 'AI', '!!!']) expect(slugFromTitle(title)).toMatch(SLUG_PATTERN);
    expect(slugFromTitle('AI')).toBe('ai-course');
  });

  test('a long title is cut to fit within the slug limit', () => {
    const slug = slugFromTitle('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(72);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  test('the first free slug counts up from 2', () => {
    expect(firstFreeSlug('greek', new Set())).toBe('greek');
    expect(firstFreeSlug('greek', new Set(['greek', 'greek-2', 'greek-4']))).toBe('greek-3');
  });
});

describe('input rules', () => {
  test('language codes are canonicalised and nonsense is refused', () => {
    expect(canonicalLanguage('EN-us')).toBe('en-US');
    expect(canonicalLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguage('english')).toBeNull();
    expect(canonicalLanguage('e')).toBeNull();
  });

  test('tags are trimmed, lowercased and deduplicated, and bounded', () => {
    expect(normaliseTags([' Greek ', 'GREEK', 'New  Testament'])).toEqual(['greek', 'new testament']);
    expect(tagsRule.safeParse(Array.from({ length: 21 }, (_, index) => `t${index}`)).success).toBe(false);
    expect(tagsRule.safeParse(Array.from({ length: 25 }, () => 'same')).success).toBe(true);
    expect(tagsRule.safeParse(['  ']).success).toBe(false);
  });

  test('titles are trimmed and single-spaced, and control characters are refused', () => {
    expect(titleRule('title').parse('  Week \n one ')).toBe('Week one');
    expect(titleRule('title').safeParse('Bad\u0000title').success).toBe(false);
    expect(titleRule('title').safeParse('   ').success).toBe(false);
  });

  test('only https links with a host are accepted', () => {
    const rule = httpsUrlRule('link');
    expect(rule.safeParse('https://videos.example.org/a.mp4').success).toBe(true);
    for (const url of ['http://videos.example.org/a.mp4', 'javascript:alert(1)', 'https://user:secret@example.org/', 'videos.example.org']) {
      expect(rule.safeParse(url).success).toBe(false);
    }
  });

  test('WebVTT is recognised by its header line', () => {
    expect(looksLikeWebVtt('WEBVTT\n\n00:00.000 --> 00:01.000\nHi')).toBe(true);
    expect(looksLikeWebVtt('\uFEFFWEBVTT - Greek lecture\r\n')).toBe(true);
    expect(looksLikeWebVtt('WEBVTT')).toBe(true);
    expect(looksLikeWebVtt('WEBVTTX\n')).toBe(false);
    expect(looksLikeWebVtt('1\n00:00:01,000 --> 00:00:02,000\nHi')).toBe(false);
  });
});

describe('assignment points', () => {
  const rubric = [
    { id: 'a', title: 'A', description: '', points: 6 },
    { id: 'b', title: 'B', description: '', points: 4 },
  ];

  test('a rubric sets the points to its total', () => {
    expect(settlePoints(null, { rubric })).toEqual({ points: 10, rubric });
    expect(settlePoints({ points: 100, rubric: [] }, { rubric })).toEqual({ points: 10, rubric });
  });

  test('points that differ from the rubric total are refused', () => {
    expect(thrown(() => settlePoints(null, { rubric, points: 12 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.points' });
    expect(thrown(() => settlePoints({ points: 10, rubric }, { points: 20 })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('without a rubric the points stand alone, defaulting to 100', () => {
    expect(settlePoints(null, {})).toEqual({ points: DEFAULT_ASSIGNMENT_POINTS, rubric: [] });
    expect(settlePoints({ points: 10, rubric }, { rubric: [] })).toEqual({ points: 10, rubric: [] });
    expect(settlePoints({ points: 10, rubric: [] }, { points: 25 })).toEqual({ points: 25, rubric: [] });
  });
});

describe('question content', () => {
  const options = [
    { id: 'a', text: 'Alpha' },
    { id: 'b', text: 'Beta' },
  ];

  test('fills in defaults and drops unknown fields of the key', () => {
    expect(checkQuestionContent('short_answer', [], { acceptedAnswers: ['x'], extra: 1 }).answerKey).toEqual({ acceptedAnswers: ['x'], caseSensitive: false });
    expect(checkQuestionContent('multiple_choice_multi', options, { correctOptionIds: ['a', 'b'] }).options).toEqual(options);
  });

  test.each([
    ['single choice with two correct options', 'multiple_choice_single', options, { correctOptionIds: ['a', 'b'] }],
    ['a correct option that is not an option', 'multiple_choice_multi', options, { correctOptionIds: ['c'] }],
    ['a correct option listed twice', 'multiple_choice_multi', options, { correctOptionIds: ['a', 'a'] }],
    ['choice without options', 'multiple_choice_single', [], { correctOptionIds: ['a'] }],
    ['true/false without a boolean', 'true_false', [], { value: 1 }],
    ['short answer with nothing to compare', 'short_answer', [], {}],
    ['short answer with a broken pattern', 'short_answer', [], { pattern: '(a' }],
    ['short answer with a look-ahead grading cannot run', 'short_answer', [], { pattern: '^(?=four)four$' }],
    ['short answer with a back-reference grading cannot run', 'short_answer', [], { pattern: '^(a)\\1$' }],
    ['essay with an empty rubric', 'essay', [], { rubric: [] }],
    ['essay criteria sharing an id', 'essay', [], { rubric: [{ id: 'x', title: 'X', points: 1 }, { id: 'x', title: 'Y', points: 1 }] }],
    ['options on an essay', 'essay', options, { rubric: [{ id: 'x', title: 'X', points: 1 }] }],
  ] as const)('refuses %s', (_name, type, questionOptions, answerKey) => {
    const error = thrown(() => checkQuestionContent(type, [...questionOptions], answerKey));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message.length).toBeGreaterThan(20);
  });
});

describe('reordering', () => {
  const current = ['a', 'b', 'c'];

  test('accepts any permutation of the current ids', () => {
    expect(() => checkNewOrder(current, ['c', 'a', 'b'], 'lectures')).not.toThrow();
    expect(() => checkNewOrder([], [], 'modules')).not.toThrow();
  });

  test('names the repeated, foreign and missing ids', () => {
    expect(thrown(() => checkNewOrder(current, ['a', 'a', 'b', 'c'], 'lectures')).message).toMatch(/more than once: a\b/);
    expect(thrown(() => checkNewOrder(current, ['a', 'b', 'c', 'z'], 'lectures')).message).toMatch(/not current lectures .*: z\b/);
    expect(thrown(() => checkNewOrder(current, ['a'], 'lectures')).message).toMatch(/leaves out b, c/);
  });
});

describe('review readiness', () => {
  test('lists a missing summary and the lack of any item', () => {
    expect(missingForReview({ summary: ' ', itemsPerModule: [0, 0] })).toEqual(['a summary', 'a module with at least one lecture, reading, assignment or quiz']);
    expect(missingForReview({ summary: 'Ready.', itemsPerModule: [0, 3] })).toEqual([]);
  });
});

describe('uploaded files', () => {
  test('file names are reduced to safe characters and end in .pdf', () => {
    expect(storedFileName('Week 1 — Slides.PDF')).toBe('Week-1-Slides.pdf');
    expect(storedFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(storedFileName('C:\\Users\\me\\.hidden.pdf')).toBe('hidden.pdf');
    expect(storedFileName('ελληνικά.pdf')).toBe('file.pdf');
  });

  test('base64 is decoded, with a data URL prefix tolerated, and anything else refused', () => {
    expect(decodeBase64File(Buffer.from('%PDF-1.4').toString('base64')).toString()).toBe('%PDF-1.4');
    expect(decodeBase64File(`data:application/pdf;base64,${Buffer.from('%PDF').toString('base64')}`).toString()).toBe('%PDF');
    expect(thrown(() => decodeBase64File('not base64!')).extensions?.code).toBe('BAD_USER_INPUT');
    expect(thrown(() => decodeBase64File('A'.repeat(100), 30)).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
