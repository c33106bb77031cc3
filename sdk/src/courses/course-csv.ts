// The CSV form of a course import: one row per lecture. Rows with the same course_slug make one
// course, and rows of a course with the same module_title make one module, in the order they first
// appear. Course columns are given on a course's first row; later rows leave them empty or repeat them.
import { readCsvTable, type CsvProblem, type CsvRow } from '../csv/csv-table';
import type { CourseDifficulty, ImportLectureKind } from './course-rules';
import type { CoursePlan, LecturePlan } from './course-plan';

export const COURSE_CSV_COLUMNS = {
  required: ['course_slug', 'course_title', 'faculty', 'module_title'],
  optional: [
    'summary',
    'description',
    'difficulty',
    'language',
    'tags',
    'duration_hours',
    'is_free',
    'module_summary',
    'lecture_title',
    'lecture_kind',
    'video_url',
    'duration_seconds',
    'transcript',
  ],
} as const;

/** Columns that describe the course, so every row of one course must agree on them. */
const COURSE_COLUMNS = ['course_title', 'faculty', 'summary', 'description', 'difficulty', 'language', 'tags', 'duration_hours', 'is_free'] as const;

const optional = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

function parseBoolean(value: string | undefined, line: number, problems: CsvProblem[]): boolean | undefined {
  const text = optional(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (['true', 'yes', '1'].includes(text)) return true;
  if (['false', 'no', '0'].includes(text)) return false;
  problems.push({ line, message: `is_free "${value}" must be true or false.` });
  return undefined;
}

function parseNumber(value: string | undefined, column: string, line: number, problems: CsvProblem[]): number | undefined {
  const text = optional(value);
  if (text === undefined) return undefined;
  const number = Number(text);
  if (!Number.isFinite(number)) problems.push({ line, message: `${column} "${text}" is not a number.` });
  return number;
}

function courseFromRow(row: CsvRow, problems: CsvProblem[]): CoursePlan {
  const values = row.values;
  return {
    line: row.line,
    slug: values.course_slug ?? '',
    title: values.course_title ?? '',
    faculty: values.faculty ?? '',
    summary: optional(values.summary),
    description: optional(values.description),
    difficulty: optional(values.difficulty) as CourseDifficulty | undefined,
    language: optional(values.language),
    tags: optional(values.tags)?.split(';').map((tag) => tag.trim()),
    durationHours: parseNumber(values.duration_hours, 'duration_hours', row.line, problems),
    isFree: parseBoolean(values.is_free, row.line, problems),
    modules: [],
  };
}

function lectureFromRow(row: CsvRow, problems: CsvProblem[]): LecturePlan | undefined {
  const values = row.values;
  const title = optional(values.lecture_title);
  if (title === undefined) {
    const orphan = ['lecture_kind', 'video_url', 'duration_seconds', 'transcript'].find((column) => optional(values[column]) !== undefined);
    if (orphan !== undefined) problems.push({ line: row.line, message: `${orphan} is set but lecture_title is empty; give the lecture a title.` });
    return undefined;
  }
  return {
    line: row.line,
    title,
    kind: optional(values.lecture_kind) as ImportLectureKind | undefined,
    videoUrl: optional(values.video_url),
    durationSeconds: parseNumber(values.duration_seconds, 'duration_seconds', row.line, problems),
    transcript: optional(values.transcript),
  };
}

export function readCourseCsv(text: string): { courses: CoursePlan[]; problems: CsvProblem[] } {
  const { rows, problems } = readCsvTable(text, { required: COURSE_CSV_COLUMNS.required, optional: COURSE_CSV_COLUMNS.optional });
  const courses = new Map<string, { plan: CoursePlan; firstRow: CsvRow }>();
  for (const row of rows) {
    const slug = row.values.course_slug ?? '';
    let entry = courses.get(slug);
    if (entry === undefined) {
      entry = { plan: courseFromRow(row, problems), firstRow: row };
      courses.set(slug, entry);
    } else {
      for (const column of COURSE_COLUMNS) {
        const value = row.values[column] ?? '';
        const first = entry.firstRow.values[column] ?? '';
        if (value !== '' && value !== first) {
          problems.push({ line: row.line, message: `${column} "${value}" differs from line ${entry.firstRow.line} ("${first}") of the same course; leave it empty or repeat it.` });
        }
      }
    }
    const moduleTitle = row.values.module_title ?? '';
    let module = entry.plan.modules.find((candidate) => candidate.title === moduleTitle);
    if (module === undefined) {
      module = { line: row.line, title: moduleTitle, summary: optional(row.values.module_summary), lectures: [] };
      entry.plan.modules.push(module);
    }
    const lecture = lectureFromRow(row, problems);
    if (lecture) module.lectures.push(lecture);
  }
  return { courses: [...courses.values()].map((entry) => entry.plan), problems };
}
