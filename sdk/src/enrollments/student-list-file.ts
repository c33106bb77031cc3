// The --students file of enroll-students: one student (user) id per line. Blank lines, # comments and
// a header line (student_id or user_id) are skipped; repeats are enrolled once.
import type { CsvProblem } from '../csv/csv-table';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEADERS = new Set(['student_id', 'user_id', 'id']);

export function readStudentListFile(text: string): { studentIds: string[]; problems: CsvProblem[] } {
  const studentIds = new Set<string>();
  const problems: CsvProblem[] = [];
  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = index + 1;
    // A one-column CSV may quote its values or end each line with a comma.
    const value = raw.replace(/#.*$/, '').trim().replace(/,$/, '').replace(/^"(.*)"$/, '$1').trim();
    if (value === '' || (line === 1 && HEADERS.has(value.toLowerCase()))) continue;
    if (!UUID.test(value)) problems.push({ line, message: `"${value.slice(0, 60)}" is not a student id (a UUID).` });
    else studentIds.add(value.toLowerCase());
  }
  if (studentIds.size === 0 && problems.length === 0) problems.push({ line: 1, message: 'The file lists no student ids.' });
  return { studentIds: [...studentIds], problems };
}
