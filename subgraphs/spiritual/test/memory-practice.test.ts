// Practice material and typed-recall grading (pure).
import { practiceMaterial } from '../src/memory/practice';
import { checkRecall, editDistance, typoAllowance } from '../src/memory/recall';

const JOHN_3_16 =
  'For God so loved the world, that he gave his only begotten Son, that whosoever believeth in him should not perish, but have everlasting life.';
const PSALM_23_1 = 'The LORD is my shepherd; I shall not want.';

describe('fill in the blank', () => {
  test('hides about a third of the words and lists them as the answers', () => {
    const material = practiceMaterial(JOHN_3_16, 'fill_in_blank', 'card|2026-01-05');
    const blanks = material.words.filter((word) => word.includes('_____'));
    expect(blanks).toHaveLength(Math.round(25 / 3));
    expect(material.answers).toHaveLength(blanks.length);
  });

  test('keeps punctuation next to a blank', () => {
    const material = practiceMaterial('world, life.', 'fill_in_blank', 'seed');
    expect(material.prompt).toMatch(/^(_____, life\.|world, _____\.)$/);
  });

  test('filling the blanks with the answers gives the verse back', () => {
    const material = practiceMaterial(JOHN_3_16, 'fill_in_blank', 'card|2026-01-05');
    let index = 0;
    expect(material.words.map((word) => (word.includes('_____') ? word.replace('_____', material.answers[index++]!) : word)).join(' ')).toBe(JOHN_3_16);
  });

  test('the same card on the same day gets the same blanks, another day usually others', () => {
    const today = practiceMaterial(JOHN_3_16, 'fill_in_blank', 'card-1|2026-01-05');
    expect(practiceMaterial(JOHN_3_16, 'fill_in_blank', 'card-1|2026-01-05')).toEqual(today);
    const otherDays = ['06', '07', '08', '09'].map((day) => practiceMaterial(JOHN_3_16, 'fill_in_blank', `card-1|2026-01-${day}`).prompt);
    expect(otherDays.some((prompt) => prompt !== today.prompt)).toBe(true);
  });
});

test('first letters keep punctuation and capitals', () => {
  expect(practiceMaterial(PSALM_23_1, 'first_letters', 'x').prompt).toBe('T L i m s; I s n w.');
  expect(practiceMaterial("It is of the LORD's mercies", 'first_letters', 'x').prompt).toBe('I i o t L m');
});

describe('word order', () => {
  test('shuffles the same words, never leaving them in order', () => {
    const material = practiceMaterial(PSALM_23_1, 'word_order', 'card|2026-01-05');
    expect([...material.words].sort()).toEqual(PSALM_23_1.split(' ').sort());
    expect(material.words).not.toEqual(PSALM_23_1.split(' '));
    expect(material.answers).toEqual(PSALM_23_1.split(' '));
  });

  test('is the same shuffle for the same seed', () => {
    expect(practiceMaterial(JOHN_3_16, 'word_order', 'a|2026-01-05')).toEqual(practiceMaterial(JOHN_3_16, 'word_order', 'a|2026-01-05'));
  });
});

describe('checking recall', () => {
  test('an exact recall is correct with a full score', () => {
    expect(checkRecall(PSALM_23_1, PSALM_23_1)).toEqual({ score: 1, correct: true, differences: [] });
  });

  test('case, punctuation and spacing do not count', () => {
    expect(checkRecall(PSALM_23_1, '  the lord is my   shepherd I shall not want ')).toEqual({ score: 1, correct: true, differences: [] });
  });

  test('a small typo in a long word is recalled and reported as a typo', () => {
    const result = checkRecall(PSALM_23_1, 'The LORD is my shepard; I shall not want.');
    expect(result.correct).toBe(true);
    expect(result.score).toBe(1);
    expect(result.differences).toEqual([{ kind: 'typo', expected: 'shepherd;', typed: 'shepard;', position: 4 }]);
  });

  test('a changed short word is wrong, not a typo', () => {
    const result = checkRecall(PSALM_23_1, 'The LORD is my shepherd; I will not want.');
    expect(result.correct).toBe(false);
    expect(result.differences).toEqual([{ kind: 'wrong', expected: 'shall', typed: 'will', position: 6 }]);
    expect(result.score).toBe(0.889);
  });

  test('a missing word does not make the words after it wrong', () => {
    const result = checkRecall(PSALM_23_1, 'The LORD is shepherd; I shall not want.');
    expect(result.differences).toEqual([{ kind: 'missing', expected: 'my', typed: null, position: 3 }]);
    expect(result.score).toBe(0.889);
  });

  test('an extra word lowers the score', () => {
    const result = checkRecall(PSALM_23_1, 'The LORD is my good shepherd; I shall not want.');
    expect(result.differences).toEqual([{ kind: 'extra', expected: null, typed: 'good', position: 4 }]);
    expect(result.score).toBe(0.9);
    expect(result.correct).toBe(false);
  });

  test('typing nothing scores 0', () => {
    expect(checkRecall(PSALM_23_1, '')).toMatchObject({ score: 0, correct: false });
  });
});

test('typo allowance grows with word length', () => {
  expect([3, 4, 6, 7, 12].map(typoAllowance)).toEqual([0, 1, 1, 2, 2]);
  expect(editDistance('shepherd', 'shepard')).toBe(2);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});
