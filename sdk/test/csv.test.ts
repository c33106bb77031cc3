// Reading and writing CSV as RFC 4180 has it, with the line each record starts on.
import { csvLine, parseCsv, spreadsheetSafe } from '../src/csv/csv';
import { readCsvTable } from '../src/csv/csv-table';

test('quoted fields keep commas, doubled quotes and line breaks, and records know their first line', () => {
  const records = parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,\n');
  expect(records).toEqual([
    { line: 1, fields: ['a', 'b'] },
    { line: 2, fields: ['x, y', 'say "hi"'] },
    { line: 3, fields: ['two\nlines', 'z'] },
    { line: 6, fields: ['last', ''] },
  ]);
});

test('an unclosed quote is reported on the line its record starts', () => {
  expect(() => parseCsv('a,b\n1,"never closed\n2,3\n')).toThrow('Line 2: A quoted field is never closed');
});

test('fields are quoted only when they need it, and what is written reads back the same', () => {
  const values = ['plain', 'with, comma', 'say "hi"', 'two\nlines', ' padded', 42, null];
  const line = csvLine(values);
  expect(line).toBe('plain,"with, comma","say ""hi""","two\nlines"," padded",42,\r\n');
  expect(parseCsv(line)[0]!.fields).toEqual(['plain', 'with, comma', 'say "hi"', 'two\nlines', ' padded', '42', '']);
});

test('text a spreadsheet would run as a formula is defused with an apostrophe', () => {
  expect(['=1+1', '+call', '-2', '@SUM(A1)', 'Plain', 'a=b'].map(spreadsheetSafe)).toEqual(["'=1+1", "'+call", "'-2", "'@SUM(A1)", 'Plain', 'a=b']);
});

test('a table names its missing and unknown columns and rows of the wrong width by line', () => {
  const { rows, problems } = readCsvTable('User ID,colour\n1,red\n2\n', { required: ['user_id', 'percent_off'], optional: [] });
  expect(problems).toEqual([
    { line: 1, message: 'Missing column(s): percent_off.' },
    { line: 1, message: 'Unknown column(s): colour. Known columns: user_id, percent_off.' },
    { line: 3, message: 'Expected 2 fields as in the header, found 1.' },
  ]);
  expect(rows).toEqual([{ line: 2, values: { user_id: '1', colour: 'red' } }]);
});
