// `scrollforge scholarship-codes <file.csv>`: issues one scholarship per row (admins) and writes each
// code as soon as it exists, so an interrupted run loses none.
import { basename } from 'node:path';
import { isScrollForgeError } from '../../client/errors';
import { IssueScholarshipDocument } from '../../generated/operations';
import { csvLine } from '../../csv/csv';
import { readScholarshipFile } from '../../scholarships/scholarship-file';
import { usageError } from '../cli-error';
import type { Command } from '../command';
import { clientFor } from '../config';
import { describeFailure } from '../describe-failure';
import { openSink } from '../output-file';
import { createProgress } from '../progress';
import { readInputFile } from '../read-input-file';
import { failOnProblems } from '../report-problems';

export const SCHOLARSHIP_OUTPUT_COLUMNS = ['line', 'user_id', 'percent_off', 'course_id', 'expires_at', 'scholarship_id', 'code', 'error'];

export const scholarshipCodesCommand: Command = {
  name: 'scholarship-codes',
  summary: 'Issue one scholarship per CSV row and write the codes to a CSV (admin token).',
  usage: [
    'Usage: scrollforge scholarship-codes <file.csv> [--out codes.csv] [--note <text>]',
    '',
    'Input columns: user_id, percent_off (1-100), and optionally course_id (limit it to one course),',
    'expires_at (ISO-8601) and note (why; --note or "Issued from <file>" when empty).',
    'Every row is checked first; nothing is issued when any row is wrong.',
    'Output columns: line, user_id, percent_off, course_id, expires_at, scholarship_id, code, error.',
    'Exits 1 when any row could not be issued (its error column says why).',
    '',
    '  --out <file>   write the codes there (never overwrites); default stdout',
    '  --note <text>  the note for rows without one',
  ].join('\n'),
  options: { out: { type: 'string' }, note: { type: 'string' } },
  async run({ positionals, values }, context) {
    if (positionals.length !== 1) throw usageError('Give exactly one CSV file: scrollforge scholarship-codes <file.csv>.');
    const file = positionals[0]!;
    const client = clientFor('token', values, context.env, 'an admin');
    const defaultNote = typeof values.note === 'string' && values.note.trim() !== '' ? values.note.trim() : `Issued from ${basename(file)}`;
    const { requests, problems } = readScholarshipFile(await readInputFile(file, 'CSV file'), defaultNote);
    failOnProblems(file, problems, context.stderr);

    const sink = await openSink(typeof values.out === 'string' ? values.out : undefined, context.stdout);
    const progress = createProgress({ label: 'scholarships', total: requests.length, stream: context.stderr });
    let failed = 0;
    try {
      await sink.write(csvLine(SCHOLARSHIP_OUTPUT_COLUMNS));
      for (const request of requests) {
        const facts = [request.line, request.userId, request.percentOff, request.courseId, request.expiresAt];
        try {
          const { issueScholarship } = await client.request(IssueScholarshipDocument, {
            userId: request.userId,
            percentOff: request.percentOff,
            courseId: request.courseId,
            expiresAt: request.expiresAt,
            note: request.note,
          });
          await sink.write(csvLine([...facts, issueScholarship.id, issueScholarship.code, '']));
        } catch (error) {
          // Authentication failures would fail every row alike: stop at the first.
          if (!isScrollForgeError(error) || error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN' || error.code === 'NETWORK_ERROR') throw error;
          failed += 1;
          await sink.write(csvLine([...facts, '', '', describeFailure(error)]));
        }
        progress.advance();
      }
    } finally {
      progress.finish();
      await sink.close();
    }
    context.stderr.write(`Issued ${requests.length - failed} scholarship(s)${failed > 0 ? `; ${failed} failed (see the error column)` : ''}.\n`);
    return failed > 0 ? 1 : 0;
  },
};
