// Bible references in free text, found and written one canonical way ("1 Cor 13:4–7" → "1 Corinthians
// 13:4-7") so posts can be grouped and searched by passage. Pure: no I/O.
//
// Decisions: chapter and verse are separated by ":" or by "." with no space ("John 3.16"); a space alone
// ("john 3 16") is not read as a verse, and such text yields no reference rather than a wrong one.
// Abbreviations of three letters or fewer, and book names that are common words (Job, Mark, Acts…),
// count only when capitalised, unless a verse follows ("jn 3:16"), so "I am 3" is not Amos 3.

interface Book {
  name: string;
  chapters: number;
  /** 1, 2 or 3 for numbered books ("1 Corinthians"). */
  number?: number;
  /** Lower-case spellings after the number, without dots; the full name is included automatically. */
  aliases: string[];
}

const BOOKS: Book[] = [
  { name: 'Genesis', chapters: 50, aliases: ['gen', 'ge', 'gn'] },
  { name: 'Exodus', chapters: 40, aliases: ['exod', 'exo', 'ex'] },
  { name: 'Leviticus', chapters: 27, aliases: ['lev', 'lv'] },
  { name: 'Numbers', chapters: 36, aliases: ['num', 'numb', 'nm'] },
  { name: 'Deuteronomy', chapters: 34, aliases: ['deut', 'deu', 'dt'] },
  { name: 'Joshua', chapters: 24, aliases: ['josh', 'jos', 'jsh'] },
  { name: 'Judges', chapters: 21, aliases: ['judg', 'jdg', 'jdgs', 'jg'] },
  { name: 'Ruth', chapters: 4, aliases: ['rth', 'ru'] },
  { name: 'Samuel', number: 1, chapters: 31, aliases: ['sam', 'sa', 'sm'] },
  { name: 'Samuel', number: 2, chapters: 24, aliases: ['sam', 'sa', 'sm'] },
  { name: 'Kings', number: 1, chapters: 22, aliases: ['kgs', 'ki', 'kin'] },
  { name: 'Kings', number: 2, chapters: 25, aliases: ['kgs', 'ki', 'kin'] },
  { name: 'Chronicles', number: 1, chapters: 29, aliases: ['chron', 'chr', 'ch'] },
  { name: 'Chronicles', number: 2, chapters: 36, aliases: ['chron', 'chr', 'ch'] },
  { name: 'Ezra', chapters: 10, aliases: ['ezr'] },
  { name: 'Nehemiah', chapters: 13, aliases: ['neh', 'ne'] },
  { name: 'Esther', chapters: 10, aliases: ['esth', 'est'] },
  { name: 'Job', chapters: 42, aliases: ['jb'] },
  { name: 'Psalm', chapters: 150, aliases: ['psalms', 'ps', 'psa', 'pss', 'psm'] },
  { name: 'Proverbs', chapters: 31, aliases: ['prov', 'pro', 'prv', 'pr'] },
  { name: 'Ecclesiastes', chapters: 12, aliases: ['eccles', 'eccl', 'ecc', 'ec', 'qoheleth'] },
  { name: 'Song of Solomon', chapters: 8, aliases: ['song of songs', 'song of sol', 'song', 'sos', 'canticles'] },
  { name: 'Isaiah', chapters: 66, aliases: ['isa'] },
  { name: 'Jeremiah', chapters: 52, aliases: ['jer', 'jr'] },
  { name: 'Lamentations', chapters: 5, aliases: ['lam'] },
  { name: 'Ezekiel', chapters: 48, aliases: ['ezek', 'eze', 'ezk'] },
  { name: 'Daniel', chapters: 12, aliases: ['dan', 'dn'] },
  { name: 'Hosea', chapters: 14, aliases: ['hos'] },
  { name: 'Joel', chapters: 3, aliases: ['jl'] },
  { name: 'Amos', chapters: 9, aliases: ['am'] },
  { name: 'Obadiah', chapters: 1, aliases: ['obad', 'ob'] },
  { name: 'Jonah', chapters: 4, aliases: ['jnh', 'jon'] },
  { name: 'Micah', chapters: 7, aliases: ['mic', 'mc'] },
  { name: 'Nahum', chapters: 3, aliases: ['nah'] },
  { name: 'Habakkuk', chapters: 3, aliases: ['hab', 'hb'] },
  { name: 'Zephaniah', chapters: 3, aliases: ['zeph', 'zep', 'zp'] },
  { name: 'Haggai', chapters: 2, aliases: ['hag', 'hg'] },
  { name: 'Zechariah', chapters: 14, aliases: ['zech', 'zec', 'zc'] },
  { name: 'Malachi', chapters: 4, aliases: ['mal', 'ml'] },
  { name: 'Matthew', chapters: 28, aliases: ['matt', 'mat', 'mt'] },
  { name: 'Mark', chapters: 16, aliases: ['mrk', 'mar', 'mk', 'mr'] },
  { name: 'Luke', chapters: 24, aliases: ['luk', 'lk'] },
  { name: 'John', chapters: 21, aliases: ['jhn', 'joh', 'jn'] },
  { name: 'Acts', chapters: 28, aliases: ['act'] },
  { name: 'Romans', chapters: 16, aliases: ['rom', 'rm'] },
  { name: 'Corinthians', number: 1, chapters: 16, aliases: ['cor', 'co'] },
  { name: 'Corinthians', number: 2, chapters: 13, aliases: ['cor', 'co'] },
  { name: 'Galatians', chapters: 6, aliases: ['gal', 'ga'] },
  { name: 'Ephesians', chapters: 6, aliases: ['ephes', 'eph'] },
  { name: 'Philippians', chapters: 4, aliases: ['phil', 'php'] },
  { name: 'Colossians', chapters: 4, aliases: ['col'] },
  { name: 'Thessalonians', number: 1, chapters: 5, aliases: ['thess', 'thes', 'th'] },
  { name: 'Thessalonians', number: 2, chapters: 3, aliases: ['thess', 'thes', 'th'] },
  { name: 'Timothy', number: 1, chapters: 6, aliases: ['tim', 'ti'] },
  { name: 'Timothy', number: 2, chapters: 4, aliases: ['tim', 'ti'] },
  { name: 'Titus', chapters: 3, aliases: ['tit'] },
  { name: 'Philemon', chapters: 1, aliases: ['philem', 'phlm', 'phm'] },
  { name: 'Hebrews', chapters: 13, aliases: ['heb'] },
  { name: 'James', chapters: 5, aliases: ['jas', 'jm'] },
  { name: 'Peter', number: 1, chapters: 5, aliases: ['pet', 'pt'] },
  { name: 'Peter', number: 2, chapters: 3, aliases: ['pet', 'pt'] },
  { name: 'John', number: 1, chapters: 5, aliases: ['jhn', 'jn', 'jo'] },
  { name: 'John', number: 2, chapters: 1, aliases: ['jhn', 'jn', 'jo'] },
  { name: 'John', number: 3, chapters: 1, aliases: ['jhn', 'jn', 'jo'] },
  { name: 'Jude', chapters: 1, aliases: ['jud', 'jd'] },
  { name: 'Revelation', chapters: 22, aliases: ['revelations', 'rev', 'rv'] },
];

/** The longest verse in the Bible is Psalm 119:176; anything beyond is a typo, not a reference. */
const MAX_VERSE = 176;

/** Names that are ordinary words too; like short abbreviations they must be capitalised unless a verse follows. */
const COMMON_WORDS = new Set(['job', 'mark', 'acts', 'act', 'numbers', 'judges', 'song', 'ruth', 'amos', 'jude', 'james', 'titus', 'joel']);

const NUMBER_WORDS: Record<string, number> = { '1': 1, '2': 2, '3': 3, i: 1, ii: 2, iii: 3, first: 1, second: 2, third: 3, '1st': 1, '2nd': 2, '3rd': 3 };

const normaliseAlias = (alias: string) => alias.toLowerCase().replace(/\s+/g, ' ');
const bookKey = (number: number | undefined, alias: string) => `${number ?? 0}|${normaliseAlias(alias)}`;

const BOOK_BY_KEY = new Map<string, Book>();
for (const book of BOOKS) {
  for (const alias of [book.name.toLowerCase(), ...book.aliases]) BOOK_BY_KEY.set(bookKey(book.number, alias), book);
}

const ALIAS_PATTERN = [...new Set([...BOOK_BY_KEY.keys()].map((key) => key.slice(key.indexOf('|') + 1)))]
  .sort((a, b) => b.length - a.length)
  .map((alias) => alias.replace(/ /g, '\\s+'))
  .join('|');

const SEPARATOR = String.raw`(?:\s*:\s*|\.)`;
const DASH = String.raw`\s*[-–—]\s*`;
/** Book (with optional number), chapter, verse and range: the body shared by the search and the whole-string parse. */
const REFERENCE_BODY =
  String.raw`(?:(1st|2nd|3rd|1|2|3)\s*|(first|second|third|iii|ii|i)\s+)?(${ALIAS_PATTERN})\.?\s*` +
  String.raw`(\d{1,3})(?:${SEPARATOR}(\d{1,3}))?(?:${DASH}(\d{1,3})(?:${SEPARATOR}(\d{1,3}))?)?`;
const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${REFERENCE_BODY}` +
    // A reference ends here: no more letters or digits, and no space-separated number ("john 3 16").
    String.raw`(?![\p{L}\p{N}]|\s+\d|[-–—:]\d)`,
  'giu',
);

export interface ScriptureReference {
  book: string;
  chapter: number;
  verse: number | null;
  endChapter: number | null;
  endVerse: number | null;
}

function fullName(book: Book): string {
  return book.number ? `${book.number} ${book.name}` : book.name;
}

/** The canonical text of a reference, e.g. "1 Corinthians 13:4-7", "Psalm 23", "John 3:16-4:2". */
export function formatScriptureReference(reference: ScriptureReference): string {
  let text = `${reference.book} ${reference.chapter}`;
  if (reference.verse !== null) text += `:${reference.verse}`;
  if (reference.endChapter !== null && reference.endVerse !== null) text += `-${reference.endChapter}:${reference.endVerse}`;
  else if (reference.endChapter !== null) text += `-${reference.endChapter}`;
  else if (reference.endVerse !== null) text += `-${reference.endVerse}`;
  return text;
}

const validVerse = (verse: number) => verse >= 1 && verse <= MAX_VERSE;

/** Builds a reference from the matched numbers, or null when they cannot be a real passage of `book`. */
function toReference(book: Book, numbers: [number, number | null, number | null, number | null]): ScriptureReference | null {
  let [chapter, verse, rangeEnd, rangeEndVerse] = numbers;
  // In one-chapter books a lone number is a verse: "Jude 3" is Jude 1:3.
  if (book.chapters === 1 && verse === null && rangeEndVerse === null && (chapter !== 1 || rangeEnd !== null)) {
    [chapter, verse] = [1, chapter];
  }
  if (chapter < 1 || chapter > book.chapters) return null;
  const reference: ScriptureReference = { book: fullName(book), chapter, verse, endChapter: null, endVerse: null };
  if (verse === null) {
    if (rangeEndVerse !== null) return null;
    if (rangeEnd === null) return reference;
    if (rangeEnd <= chapter || rangeEnd > book.chapters) return null;
    return { ...reference, endChapter: rangeEnd };
  }
  if (!validVerse(verse)) return null;
  if (rangeEnd === null) return reference;
  if (rangeEndVerse === null) {
    if (rangeEnd <= verse || !validVerse(rangeEnd)) return null;
    return { ...reference, endVerse: rangeEnd };
  }
  if (rangeEnd <= chapter || rangeEnd > book.chapters || !validVerse(rangeEndVerse)) return null;
  return { ...reference, endChapter: rangeEnd, endVerse: rangeEndVerse };
}

/** Every valid reference in `text`, in order of appearance. */
export function findScriptureReferences(text: string): ScriptureReference[] {
  const found: ScriptureReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const [, digitPrefix, wordPrefix, alias, chapter, verse, rangeEnd, rangeEndVerse] = match;
    const prefix = digitPrefix ?? wordPrefix;
    // Roman numerals count only in capitals: "I John 1:9", not the pronoun in "i john 3".
    if (prefix && /^i+$/i.test(prefix) && prefix !== prefix.toUpperCase()) continue;
    const aliasKey = normaliseAlias(alias!);
    const needsCapital = aliasKey.length <= 3 || COMMON_WORDS.has(aliasKey);
    if (needsCapital && verse === undefined && alias![0] === alias![0]!.toLowerCase()) continue;
    const book = BOOK_BY_KEY.get(bookKey(prefix ? NUMBER_WORDS[prefix.toLowerCase()] : undefined, aliasKey));
    if (!book) continue;
    const toNumber = (value: string | undefined) => (value === undefined ? null : Number(value));
    const reference = toReference(book, [Number(chapter), toNumber(verse), toNumber(rangeEnd), toNumber(rangeEndVerse)]);
    if (reference) found.push(reference);
  }
  return found;
}

/** The distinct canonical references in `text`, in order of first appearance. */
export function normalisedScriptureReferences(text: string): string[] {
  return [...new Set(findScriptureReferences(text).map(formatScriptureReference))];
}

const WHOLE_REFERENCE = new RegExp(String.raw`^\s*${REFERENCE_BODY}\s*$`, 'iu');

/**
 * Reads a string that is nothing but a reference ("Jn 3:16-17", "1 Cor 13", "Psalm 23:1–6", "Gen. 1:1",
 * "John 3:16-4:2"), or null when it is not one or names a chapter the book does not have. Unlike the
 * search in free text, capitals do not matter here: the whole string is meant as a reference. Verses are
 * checked against the longest chapter (176), since the book table knows chapter counts, not verse counts.
 */
export function parseScriptureReference(text: string): ScriptureReference | null {
  const match = WHOLE_REFERENCE.exec(text);
  if (match === null) return null;
  const [, digitPrefix, wordPrefix, alias, chapter, verse, rangeEnd, rangeEndVerse] = match;
  const prefix = digitPrefix ?? wordPrefix;
  const book = BOOK_BY_KEY.get(bookKey(prefix ? NUMBER_WORDS[prefix.toLowerCase()] : undefined, normaliseAlias(alias!)));
  if (!book) return null;
  const toNumber = (value: string | undefined) => (value === undefined ? null : Number(value));
  return toReference(book, [Number(chapter), toNumber(verse), toNumber(rangeEnd), toNumber(rangeEndVerse)]);
}
