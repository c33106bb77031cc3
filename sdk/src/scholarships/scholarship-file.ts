// The scholarship-codes input file: one scholarship per CSV row, every row checked before any is issued.
import { readCsvTable, type CsvProblem } from '../csv/csv-table';

export const SCHOLARSHIP_COLUMNS = { required: ['user_id', 'percent_off'], optional: ['course_id', 'expires_at', 'note'] } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_NOTE = 500;

export interface ScholarshipRequest {
  line: number;
  userId: string;
  percentOff: number;
  courseId: string | null;
  /** ISO-8601. */
  expiresAt: string | null;
  note: string;
}

export function readScholarshipFile(text: string, defaultNote: string, now: Date = new Date()): { requests: ScholarshipRequest[]; problems: CsvProblem[] } {
  const { rows, problems } = readCsvTable(text, { required: SCHOLARSHIP_COLUMNS.required, optional: SCHOLARSHIP_COLUMNS.optional });
  const requests: ScholarshipRequest[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const rowProblems: string[] = [];
    const userId = values.user_id ?? '';
    if (!UUID.test(userId)) rowProblems.push(`user_id "${userId}" is not a person id (a UUID).`);
    const percentText = values.percent_off ?? '';
    const percentOff = Number(percentText);
    if (!/^\d+$/.test(percentText) || percentOff < 1 || percentOff > 100) rowProblems.push(`percent_off "${percentText}" must be a whole number from 1 to 100.`);
    const courseId = values.course_id ? values.course_id : null;
    if (courseId !== null && !UUID.test(courseId)) rowProblems.push(`course_id "${courseId}" is not a course id (a UUID); leave it empty for every eligible course.`);
    let expiresAt: string | null = null;
    if (values.expires_at) {
      const date = new Date(values.expires_at);
      if (Number.isNaN(date.getTime())) rowProblems.push(`expires_at "${values.expires_at}" is not a date; use ISO-8601, e.g. 2027-06-30 or 2027-06-30T23:59:59Z.`);
      else if (date <= now) rowProblems.push(`expires_at ${values.expires_at} is in the past.`);
      else expiresAt = date.toISOString();
    }
    const note = values.note ? values.note : defaultNote;
    if (note.length > MAX_NOTE) rowProblems.push(`note is ${note.length} characters; the limit is ${MAX_NOTE}.`);
    const key = `${userId.toLowerCase()}|${courseId?.toLowerCase() ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) rowProblems.push(`the same person and course scope are on line ${earlier}; remove one of them.`);
    else seen.set(key, line);
    if (rowProblems.length > 0) problems.push(...rowProblems.map((message) => ({ line, message })));
    else requests.push({ line, userId, percentOff, courseId, expiresAt, note });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'The file has a header but no rows.' });
  return { requests, problems };
}
