// `scrollforge export-grades <courseId>`: the course's gradebook as CSV (the course's instructors and
// admins). Quiz attempts are read a page at a time; assignments come with their submissions.
import { GradebookCourseDocument, GradebookQuizAttemptsDocument, type GradebookAttemptPageFragment } from '../../generated/operations';
import { csvLine, spreadsheetSafe } from '../../csv/csv';
import { GRADE_COLUMNS, gradebookRows, type QuizAttemptFacts } from '../../grades/gradebook';
import type { ScrollForgeClient } from '../../client/client';
import { CliError, usageError } from '../cli-error';
import type { Command } from '../command';
import { clientFor } from '../config';
import { openSink } from '../output-file';
import { createProgress, type Progress } from '../progress';

/** The largest page the graph serves. */
const PAGE_SIZE = 100;

async function remainingAttempts(client: ScrollForgeClient, firstPage: GradebookAttemptPageFragment, progress: Progress): Promise<QuizAttemptFacts[]> {
  const attempts: QuizAttemptFacts[] = firstPage.edges.map((edge) => edge.node);
  let page = firstPage;
  while (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
    const lastAttempt = page.edges.at(-1)?.node.id;
    if (lastAttempt === undefined) break;
    const data = await client.request(GradebookQuizAttemptsDocument, { attemptId: lastAttempt, first: PAGE_SIZE, after: page.pageInfo.endCursor });
    if (!data.quizAttempt) throw new CliError('An attempt disappeared while the gradebook was read; run the export again.');
    page = data.quizAttempt.quiz.attempts;
    attempts.push(...page.edges.map((edge) => edge.node));
    progress.advance(page.edges.length);
  }
  return attempts;
}

export const exportGradesCommand: Command = {
  name: 'export-grades',
  summary: "Write a course's gradebook as CSV (instructor token).",
  usage: [
    'Usage: scrollforge export-grades <courseId> [--out grades.csv]',
    '',
    "One row per student and graded item: each quiz's best graded attempt and each graded assignment.",
    `Columns: ${GRADE_COLUMNS.join(', ')}.`,
    "Needs the token of one of the course's instructors or an admin.",
    '',
    '  --out <file>   write the CSV there (never overwrites); default stdout',
  ].join('\n'),
  options: { out: { type: 'string' } },
  async run({ positionals, values }, context) {
    if (positionals.length !== 1) throw usageError('Give exactly one course id: scrollforge export-grades <courseId>.');
    const courseId = positionals[0]!;
    const client = clientFor('token', values, context.env, "one of the course's instructors");
    const { course } = await client.request(GradebookCourseDocument, { courseId, first: PAGE_SIZE });
    if (!course) throw new CliError(`No course ${courseId} that this token can see; check the id and that you teach it.`);

    const quizzes = course.modules.flatMap((module) => module.quizzes);
    const total = quizzes.reduce((sum, quiz) => sum + quiz.attempts.totalCount, 0);
    const progress = createProgress({ label: 'attempts', total, stream: context.stderr });
    progress.advance(quizzes.reduce((sum, quiz) => sum + quiz.attempts.edges.length, 0));
    const attemptsByQuiz = new Map<string, QuizAttemptFacts[]>();
    for (const quiz of quizzes) attemptsByQuiz.set(quiz.id, await remainingAttempts(client, quiz.attempts, progress));
    progress.finish();

    const rows = gradebookRows(course.modules, attemptsByQuiz);
    const sink = await openSink(typeof values.out === 'string' ? values.out : undefined, context.stdout);
    try {
      await sink.write(csvLine(GRADE_COLUMNS));
      for (const row of rows) {
        await sink.write(
          csvLine([row.studentId, spreadsheetSafe(row.studentName), spreadsheetSafe(row.module), row.itemType, row.itemId, spreadsheetSafe(row.itemTitle), row.score, row.maxScore, row.percent, row.gradedAt]),
        );
      }
    } finally {
      await sink.close();
    }
    context.stderr.write(`Exported ${rows.length} grade(s) of "${course.title}".\n`);
    return 0;
  },
};
