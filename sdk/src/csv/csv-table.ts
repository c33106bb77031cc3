// A CSV file with a header row, read into rows keyed by column name, with the line each row came from.
import { parseCsv } from './csv';

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvProblem {
  line: number;
  message: string;
}

/**
 * Reads `text` as a CSV table. Header names are matched case-insensitively with spaces as
 * underscores; missing required columns and unknown columns are problems on line 1.
 */
export function readCsvTable(text: string, columns: { required: readonly string[]; optional: readonly string[] }): { rows: CsvRow[]; problems: CsvProblem[] } {
  const records = parseCsv(text);
  const header = records[0];
  if (!header) return { rows: [], problems: [{ line: 1, message: `The file is empty; the first line names the columns: ${columns.required.join(', ')}.` }] };
  const names = header.fields.map((name) => name.trim().toLowerCase().replace(/\s+/g, '_'));
  const known = new Set([...columns.required, ...columns.optional]);
  const problems: CsvProblem[] = [];
  const missing = columns.required.filter((name) => !names.includes(name));
  if (missing.length > 0) problems.push({ line: header.line, message: `Missing column(s): ${missing.join(', ')}.` });
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) problems.push({ line: header.line, message: `Unknown column(s): ${unknown.join(', ')}. Known columns: ${[...known].join(', ')}.` });
  const rows: CsvRow[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length !== names.length) {
      problems.push({ line: record.line, message: `Expected ${names.length} fields as in the header, found ${record.fields.length}.` });
      continue;
    }
    rows.push({ line: record.line, values: Object.fromEntries(names.map((name, index) => [name, record.fields[index]!.trim()])) });
  }
  return { rows, problems };
}
