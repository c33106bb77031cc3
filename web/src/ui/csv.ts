// CSV text as RFC 4180 describes it: CRLF between records, fields with commas, quotes or line breaks
// quoted, quotes inside doubled. Used by every "Export CSV" so spreadsheets open exports unchanged.

export type CsvField = string | number | null | undefined;

/** One field: empty for null/undefined, quoted only when it has to be. */
export function csvField(value: CsvField): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header record, then one record per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvField[])[]): string {
  return [header, ...rows].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
