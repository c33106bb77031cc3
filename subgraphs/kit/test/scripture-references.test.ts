// Finding and normalising Bible references in post bodies (pure; no database).
import { findScriptureReferences, formatScriptureReference, normalisedScriptureReferences } from '../src/scripture-references';

describe('normalises references written in common forms', () => {
  test.each([
    ['For God so loved the world (John 3:16).', ['John 3:16']],
    ['Jn 3:16', ['John 3:16']],
    ['jn 3:16', ['John 3:16']],
    ['JOHN 3:16', ['John 3:16']],
    ['1 Cor 13:4-7', ['1 Corinthians 13:4-7']],
    ['1Cor 13:4-7', ['1 Corinthians 13:4-7']],
    ['I Corinthians 13:4–7', ['1 Corinthians 13:4-7']],
    ['First Corinthians 13', ['1 Corinthians 13']],
    ['2 Cor. 5:17', ['2 Corinthians 5:17']],
    ['Ps 23', ['Psalm 23']],
    ['Psalms 119:105', ['Psalm 119:105']],
    ['Psalm 23:1-6', ['Psalm 23:1-6']],
    ['Romans 8:28–39', ['Romans 8:28-39']],
    ['Rom 8:28 — 39', ['Romans 8:28-39']],
    ['Gen. 1:1', ['Genesis 1:1']],
    ['Genesis 1.1', ['Genesis 1:1']],
    ['Ex 20:1-17', ['Exodus 20:1-17']],
    ['Deut 6:4', ['Deuteronomy 6:4']],
    ['1 Sam 17', ['1 Samuel 17']],
    ['2 Kgs 2:11', ['2 Kings 2:11']],
    ['1 Chron 16:34', ['1 Chronicles 16:34']],
    ['Prov 3:5-6', ['Proverbs 3:5-6']],
    ['Eccl 3:1', ['Ecclesiastes 3:1']],
    ['Song of Songs 2:4', ['Song of Solomon 2:4']],
    ['Isa 53:5', ['Isaiah 53:5']],
    ['Jer 29:11', ['Jeremiah 29:11']],
    ['Lam 3:22-23', ['Lamentations 3:22-23']],
    ['Ezek 37', ['Ezekiel 37']],
    ['Mic 6:8', ['Micah 6:8']],
    ['Hab 2:4', ['Habakkuk 2:4']],
    ['Zech 9:9', ['Zechariah 9:9']],
    ['Mal 3:10', ['Malachi 3:10']],
    ['Matt 5:3-12', ['Matthew 5:3-12']],
    ['Mk 1:15', ['Mark 1:15']],
    ['Lk 15', ['Luke 15']],
    ['Acts 2:38', ['Acts 2:38']],
    ['Gal 5:22-23', ['Galatians 5:22-23']],
    ['Eph 2:8', ['Ephesians 2:8']],
    ['Phil 4:13', ['Philippians 4:13']],
    ['Col 3:23', ['Colossians 3:23']],
    ['1 Thess 5:16-18', ['1 Thessalonians 5:16-18']],
    ['2 Tim 3:16', ['2 Timothy 3:16']],
    ['Heb 11:1', ['Hebrews 11:1']],
    ['Jas 1:5', ['James 1:5']],
    ['1 Pet 5:7', ['1 Peter 5:7']],
    ['1 John 1:9', ['1 John 1:9']],
    ['1st John 4:8', ['1 John 4:8']],
    ['3 John 2', ['3 John 1:2']],
    ['Jude 3', ['Jude 1:3']],
    ['Obadiah 1', ['Obadiah 1']],
    ['Philemon 4-7', ['Philemon 1:4-7']],
    ['Rev 21:4', ['Revelation 21:4']],
    ['Revelations 22', ['Revelation 22']],
    ['John 3:16-4:2', ['John 3:16-4:2']],
    ['Psalm 23-24', ['Psalm 23-24']],
  ])('%s', (text, expected) => {
    expect(normalisedScriptureReferences(text)).toEqual(expected);
  });
});

test('finds several references in order and drops repeats', () => {
  expect(normalisedScriptureReferences('Read Gen 1:1, then John 1:1 and again Genesis 1:1; compare Ps 33:6.')).toEqual([
    'Genesis 1:1',
    'John 1:1',
    'Psalm 33:6',
  ]);
});

describe('rejects what is not a real passage', () => {
  test.each([
    ['a chapter beyond the book', 'John 99:1'],
    ['chapter zero', 'Romans 0:1'],
    ['verse zero', 'Romans 8:0'],
    ['a verse beyond any in the Bible', 'Psalm 119:500'],
    ['a range that runs backwards', 'Romans 8:39-28'],
    ['a numbered book that does not exist', '3 Corinthians 1:1'],
    ['a numbered book without its number', 'Corinthians 13:4'],
    ['a one-chapter book past its only chapter', 'Jude 2:1'],
    ['a space instead of a colon', 'john 3 16'],
    ['the word "am" in a sentence', 'I am 3 years old'],
    ['the word "job" in a sentence', 'my job 2 days a week'],
    ['the word "mark" in a sentence', 'mark 5 of them done'],
    ['a lower-case pronoun before a book', 'i john 3'],
    ['a book name inside a longer word', 'Johnny 3:16'],
    ['a number glued to letters', 'Ps 23rd'],
    ['a chapter with too many digits', 'Psalm 1500'],
  ])('%s (%s)', (_what, text) => {
    expect(normalisedScriptureReferences(text)).toEqual([]);
  });
});

test('capitalised short abbreviations count without a verse', () => {
  expect(normalisedScriptureReferences('Am 5 and Job 38')).toEqual(['Amos 5', 'Job 38']);
});

test('returns the parts of a reference', () => {
  expect(findScriptureReferences('1 Cor 13:4-7')).toEqual([{ book: '1 Corinthians', chapter: 13, verse: 4, endChapter: null, endVerse: 7 }]);
  expect(formatScriptureReference({ book: 'John', chapter: 3, verse: 16, endChapter: 4, endVerse: 2 })).toBe('John 3:16-4:2');
});

test('text without references yields none', () => {
  expect(normalisedScriptureReferences('Praying for everyone this week. 3:16 is a time, not a verse.')).toEqual([]);
});
