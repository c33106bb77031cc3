// The JSON form of a course import: an array of courses (or { "courses": [...] }), each with its
// modules and their lectures nested, in camelCase as the graph names the fields.
import type { CsvProblem } from '../csv/csv-table';
import type { CourseDifficulty, ImportLectureKind } from './course-rules';
import type { CoursePlan, LecturePlan, ModulePlan } from './course-plan';
import { jsonValueLines, lineOf } from './json-lines';

type Json = unknown;

class Reader {
  constructor(
    private readonly lines: ReadonlyMap<string, number>,
    readonly problems: CsvProblem[],
  ) {}

  line(path: readonly (string | number)[]): number {
    return lineOf(this.lines, path);
  }

  problem(path: readonly (string | number)[], message: string): void {
    this.problems.push({ line: this.line(path), message: `${path.join('.')}: ${message}` });
  }

  object(value: Json, path: (string | number)[], known: readonly string[]): Record<string, Json> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem(path, 'expected an object.');
      return undefined;
    }
    const unknown = Object.keys(value).filter((key) => !known.includes(key));
    if (unknown.length > 0) this.problem(path, `unknown field(s) ${unknown.join(', ')}; known fields: ${known.join(', ')}.`);
    return value as Record<string, Json>;
  }

  string(record: Record<string, Json>, key: string, path: (string | number)[], required: boolean): string | undefined {
    const value = record[key];
    if (value === undefined || value === null) {
      if (required) this.problem([...path, key], 'is required.');
      return required ? '' : undefined;
    }
    if (typeof value !== 'string') {
      this.problem([...path, key], 'must be a string.');
      return undefined;
    }
    return value;
  }

  number(record: Record<string, Json>, key: string, path: (string | number)[]): number | undefined {
    const value = record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number') this.problem([...path, key], 'must be a number.');
    return typeof value === 'number' ? value : undefined;
  }

  array(record: Record<string, Json>, key: string, path: (string | number)[]): Json[] {
    const value = record[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem([...path, key], 'must be a list.');
      return [];
    }
    return value;
  }
}

const COURSE_FIELDS = ['slug', 'title', 'faculty', 'summary', 'description', 'difficulty', 'language', 'tags', 'durationHours', 'isFree', 'modules'] as const;
const MODULE_FIELDS = ['title', 'summary', 'lectures'] as const;
const LECTURE_FIELDS = ['title', 'kind', 'videoUrl', 'durationSeconds', 'transcript'] as const;

function lectureOf(reader: Reader, value: Json, path: (string | number)[]): LecturePlan | undefined {
  const record = reader.object(value, path, LECTURE_FIELDS);
  if (!record) return undefined;
  return {
    line: reader.line(path),
    title: reader.string(record, 'title', path, true) ?? '',
    kind: reader.string(record, 'kind', path, false) as ImportLectureKind | undefined,
    videoUrl: reader.string(record, 'videoUrl', path, false),
    durationSeconds: reader.number(record, 'durationSeconds', path),
    transcript: reader.string(record, 'transcript', path, false),
  };
}

function moduleOf(reader: Reader, value: Json, path: (string | number)[]): ModulePlan | undefined {
  const record = reader.object(value, path, MODULE_FIELDS);
  if (!record) return undefined;
  const lectures = reader.array(record, 'lectures', path).map((lecture, index) => lectureOf(reader, lecture, [...path, 'lectures', index]));
  return {
    line: reader.line(path),
    title: reader.string(record, 'title', path, true) ?? '',
    summary: reader.string(record, 'summary', path, false),
    lectures: lectures.filter((lecture): lecture is LecturePlan => lecture !== undefined),
  };
}

function courseOf(reader: Reader, value: Json, path: (string | number)[]): CoursePlan | undefined {
  const record = reader.object(value, path, COURSE_FIELDS);
  if (!record) return undefined;
  const tags = reader.array(record, 'tags', path);
  if (tags.some((tag) => typeof tag !== 'string')) reader.problem([...path, 'tags'], 'must be a list of strings.');
  const isFree = record.isFree;
  if (isFree !== undefined && isFree !== null && typeof isFree !== 'boolean') reader.problem([...path, 'isFree'], 'must be true or false.');
  const modules = reader.array(record, 'modules', path).map((module, index) => moduleOf(reader, module, [...path, 'modules', index]));
  return {
    line: reader.line(path),
    slug: reader.string(record, 'slug', path, true) ?? '',
    title: reader.string(record, 'title', path, true) ?? '',
    faculty: reader.string(record, 'faculty', path, true) ?? '',
    summary: reader.string(record, 'summary', path, false),
    description: reader.string(record, 'description', path, false),
    difficulty: reader.string(record, 'difficulty', path, false) as CourseDifficulty | undefined,
    language: reader.string(record, 'language', path, false),
    tags: record.tags === undefined || record.tags === null ? undefined : tags.filter((tag): tag is string => typeof tag === 'string'),
    durationHours: reader.number(record, 'durationHours', path),
    isFree: typeof isFree === 'boolean' ? isFree : undefined,
    modules: modules.filter((module): module is ModulePlan => module !== undefined),
  };
}

/** Where JSON.parse stopped, when its message says ("… at position 12"). */
function reportedPosition(message: string): number | undefined {
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : Number(position);
}

/** True when `prefix` is valid JSON so far and only ends too soon. */
function endsTooSoon(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return message.includes('Unexpected end of JSON input') || reportedPosition(message) === prefix.length;
  }
}

/**
 * Offset of a JSON syntax error. Some messages name no position ("Unexpected token …"), so the
 * longest prefix that is still only unfinished is found by bisection: the mistake comes right after it.
 */
function syntaxErrorOffset(text: string, error: SyntaxError): number {
  const reported = reportedPosition(error.message);
  if (reported !== undefined) return reported;
  let valid = 0;
  let broken = text.length;
  while (broken - valid > 1) {
    const middle = Math.floor((valid + broken) / 2);
    if (endsTooSoon(text.slice(0, middle))) valid = middle;
    else broken = middle;
  }
  return broken - 1;
}

export function readCourseJson(text: string): { courses: CoursePlan[]; problems: CsvProblem[] } {
  let document: Json;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = (error instanceof SyntaxError ? error.message : String(error)).replace(/\s+/g, ' ');
    const line = error instanceof SyntaxError ? text.slice(0, syntaxErrorOffset(text, error)).split('\n').length : 1;
    return { courses: [], problems: [{ line, message: `Not valid JSON: ${message}` }] };
  }
  const reader = new Reader(jsonValueLines(text), []);
  const wrapped = typeof document === 'object' && document !== null && !Array.isArray(document) && 'courses' in document;
  const list = wrapped ? (document as { courses: Json }).courses : document;
  if (!Array.isArray(list)) return { courses: [], problems: [{ line: 1, message: 'Expected a list of courses, or an object with a "courses" list.' }] };
  const base = wrapped ? ['courses'] : [];
  const courses = list.map((course, index) => courseOf(reader, course, [...base, index]));
  return { courses: courses.filter((course): course is CoursePlan => course !== undefined), problems: reader.problems };
}
