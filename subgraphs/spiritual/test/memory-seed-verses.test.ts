// The curated memory set (pure checks of the seed data).
import { MEMORY_VERSES } from '../../../scripts/seed/seed-memory-verses';
import { formatScriptureReference, parseScriptureReference } from '../../kit/src/scripture-references';

test('has at least 50 distinct verses', () => {
  expect(MEMORY_VERSES.length).toBeGreaterThanOrEqual(50);
  expect(new Set(MEMORY_VERSES.map(([reference]) => reference)).size).toBe(MEMORY_VERSES.length);
});

test('every reference is written canonically, as the passage lookup stores it', () => {
  for (const [reference] of MEMORY_VERSES) {
    const parsed = parseScriptureReference(reference);
    expect(parsed && formatScriptureReference(parsed)).toBe(reference);
  }
});

test('every text is a trimmed single line', () => {
  for (const [, text] of MEMORY_VERSES) expect(text).toMatch(/^\S(.*\S)?$/);
});
