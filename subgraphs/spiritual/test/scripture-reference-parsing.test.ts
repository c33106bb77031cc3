// Reading a whole string as one Bible reference (pure; no database).
import { formatScriptureReference, parseScriptureReference } from '../../kit/src/scripture-references';

const canonical = (text: string) => {
  const reference = parseScriptureReference(text);
  return reference === null ? null : formatScriptureReference(reference);
};

describe('reads real references in their common spellings', () => {
  test.each([
    ['Jn 3:16-17', 'John 3:16-17'],
    ['John 3:16', 'John 3:16'],
    ['jn 3:16', 'John 3:16'],
    ['1 Cor 13', '1 Corinthians 13'],
    ['1Cor 13:4-7', '1 Corinthians 13:4-7'],
    ['I Corinthians 13:4–7', '1 Corinthians 13:4-7'],
    ['First Corinthians 13', '1 Corinthians 13'],
    ['Psalm 23:1–6', 'Psalm 23:1-6'],
    ['Psalms 119:105', 'Psalm 119:105'],
    ['Ps 23', 'Psalm 23'],
    ['Gen. 1:1', 'Genesis 1:1'],
    ['Genesis 1.1', 'Genesis 1:1'],
    ['John 3:16-4:2', 'John 3:16-4:2'],
    ['Matt 5-7', 'Matthew 5-7'],
    ['  Rom 8:28 — 39 ', 'Romans 8:28-39'],
    ['Prov 3:5-6', 'Proverbs 3:5-6'],
    ['Isa 40:31', 'Isaiah 40:31'],
    ['Jer 29:11', 'Jeremiah 29:11'],
    ['Phil 4:13', 'Philippians 4:13'],
    ['2 Tim 3:16-17', '2 Timothy 3:16-17'],
    ['Heb 11:1', 'Hebrews 11:1'],
    ['Jas 1:5', 'James 1:5'],
    ['1 Pet 5:7', '1 Peter 5:7'],
    ['1 Jn 1:9', '1 John 1:9'],
    ['Rev 21:4', 'Revelation 21:4'],
    ['Song of Songs 2:4', 'Song of Solomon 2:4'],
    ['Jude 24', 'Jude 1:24'],
    ['Jude 1:24-25', 'Jude 1:24-25'],
    ['Obad 1', 'Obadiah 1'],
    ['Psalm 119:176', 'Psalm 119:176'],
    ['Revelation 22', 'Revelation 22'],
  ])('%s reads as %s', (text, expected) => {
    expect(canonical(text)).toBe(expected);
  });
});

test('keeps the parts of a cross-chapter range apart', () => {
  expect(parseScriptureReference('John 3:16-4:2')).toEqual({ book: 'John', chapter: 3, verse: 16, endChapter: 4, endVerse: 2 });
});

test('a chapter-only reference has no verse', () => {
  expect(parseScriptureReference('1 Cor 13')).toEqual({ book: '1 Corinthians', chapter: 13, verse: null, endChapter: null, endVerse: null });
});

describe('refuses text that is not exactly one real reference', () => {
  test.each([
    [''],
    ['John'],
    ['Hezekiah 3:16'],
    ['John 3 16'],
    ['John 22:1'],
    ['Psalm 151'],
    ['Genesis 0:1'],
    ['Genesis 1:0'],
    ['Psalm 119:177'],
    ['John 3:17-16'],
    ['John 4-3'],
    ['John 3:16-2:1'],
    ['Revelation 22-23'],
    ['4 John 1:1'],
    ['John 3:16 and more'],
    ['see John 3:16'],
    ['John 3:16, 18'],
  ])('%j', (text) => {
    expect(parseScriptureReference(text)).toBeNull();
  });
});
