// The analytics CSV exports: RFC 4180 quoting and line endings, and files that hold exactly the
// numbers the page shows.
import { csvField, toCsv } from '../src/ui/csv';
import { completionsCsv, enrollmentsCsv, exportFileName, revenueCsv, salesOverTimeCsv } from '../src/routes/admin/analytics/analytics-csv';
import { periodProblem, rangeOf } from '../src/routes/admin/analytics/analytics-period';
import { niceScale } from '../src/ui/chart-scale';

describe('csv', () => {
  test('leaves plain fields alone and writes null as an empty field', () => {
    expect(csvField('Greek 101')).toBe('Greek 101');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
  });

  test('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('Faith, hope')).toBe('"Faith, hope"');
    expect(csvField('The "Way"')).toBe('"The ""Way"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  test('ends every record, the header included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('analytics exports', () => {
  test('enrollments: one record per period with its UTC day', () => {
    const csv = enrollmentsCsv('Romans, verse by verse', [
      { periodStart: '2026-03-02T00:00:00.000Z', enrollments: 3 },
      { periodStart: '2026-03-09T00:00:00.000Z', enrollments: 0 },
    ]);
    expect(csv).toBe('course,period_start,enrollments\r\n"Romans, verse by verse",2026-03-02,3\r\n"Romans, verse by verse",2026-03-09,0\r\n');
  });

  test('completions: one record per period with its UTC day', () => {
    expect(completionsCsv('Greek', [{ periodStart: '2026-03-02T00:00:00.000Z', completions: 2 }, { periodStart: '2026-03-09T00:00:00.000Z', completions: 0 }])).toBe(
      'course,period_start,completions\r\nGreek,2026-03-02,2\r\nGreek,2026-03-09,0\r\n',
    );
  });

  test('revenue: amounts in currency units with two decimals', () => {
    expect(revenueCsv([{ courseTitle: 'Greek', sales: 2, grossCents: 4999, platformCents: 1500, instructorCents: 3499 }])).toBe(
      'course,sales,gross,platform_share,instructor_share\r\nGreek,2,49.99,15.00,34.99\r\n',
    );
  });

  test('file names say what and when, with no unsafe characters', () => {
    expect(exportFileName('Enrollments Romans: verse/verse', '2026-01-01', '2026-03-31')).toBe('enrollments-romans-verse-verse-2026-01-01-to-2026-03-31.csv');
  });
});

describe('analytics period', () => {
  test('includes the last day by ending at the next midnight (UTC)', () => {
    expect(rangeOf({ fromDay: '2026-03-01', toDay: '2026-03-31', bucket: 'week' })).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
  });

  test('refuses a period that ends before it starts', () => {
    expect(periodProblem({ fromDay: '2026-03-02', toDay: '2026-03-01', bucket: 'day' })).toMatch(/before/);
    expect(periodProblem({ fromDay: '2026-03-01', toDay: '2026-03-01', bucket: 'day' })).toBeNull();
  });
});

describe('sales over time', () => {
  test('exports one record per period, in currency units', () => {
    expect(salesOverTimeCsv([{ periodStart: '2026-01-05T00:00:00.000Z', grossCents: 120050 }])).toBe('period_start,gross\r\n2026-01-05,1200.50\r\n');
  });
});

describe('chart scale', () => {
  test('rounds the top up to a number people can read, with whole ticks for counts', () => {
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(1)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
