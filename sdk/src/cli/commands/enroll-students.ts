// `scrollforge enroll-students`: a school enrolls its students in a course through the public graph
// with an API key (write:enrollments), in batches, and reports how many ended in each status.
import type { ScrollForgeClient } from '../../client/client';
import { isScrollForgeError } from '../../client/errors';
import { EnrollSchoolStudentsDocument, SharingStudentsPageDocument, type SchoolEnrollmentStatus, type SharingStudentsPageQueryVariables } from '../../generated/public-operations';
import { readStudentListFile } from '../../enrollments/student-list-file';
import { CliError, usageError } from '../cli-error';
import type { Command } from '../command';
import { clientFor } from '../config';
import { createProgress } from '../progress';
import { readInputFile } from '../read-input-file';
import { failOnProblems } from '../report-problems';

/** The most students enrollSchoolStudents takes at once. */
export const ENROLLMENT_BATCH_SIZE = 200;
/** The public graph's largest page. */
const STUDENT_PAGE_SIZE = 50;
/** Times one batch is sent again after RATE_LIMITED before the run stops. */
const RATE_LIMITED_RESENDS = 3;
const STATUSES: SchoolEnrollmentStatus[] = ['ENROLLED', 'ALREADY_ENROLLED', 'NOT_A_SHARING_STUDENT'];

async function sharingStudentIds(client: ScrollForgeClient, schoolId: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    // Typed apart from the call, so the cursor's type does not depend on the page it came from.
    const variables: SharingStudentsPageQueryVariables = { first: STUDENT_PAGE_SIZE, after };
    const { apiKeySchool } = await client.request(SharingStudentsPageDocument, variables);
    if (!apiKeySchool) throw new CliError('The API key belongs to no school; use a school API key (SCROLLFORGE_API_KEY).');
    if (apiKeySchool.id !== schoolId) throw usageError(`The API key belongs to school ${apiKeySchool.id}, not ${schoolId}; use a key of the school you enroll for.`);
    const page = apiKeySchool.students;
    ids.push(...page.edges.filter((edge) => edge.node.sharingProgress).map((edge) => edge.node.user.id));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return ids;
    after = page.pageInfo.endCursor;
  }
}

const wait = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** Sends one batch. Enrolling is idempotent (ALREADY_ENROLLED), so a batch refused by a rate limit is sent again once the limit allows. */
async function enrollBatch(client: ScrollForgeClient, input: { schoolId: string; courseId: string; studentIds: string[] }) {
  for (let resend = 0; ; resend += 1) {
    try {
      return (await client.request(EnrollSchoolStudentsDocument, { input })).enrollSchoolStudents;
    } catch (error) {
      const limited = isScrollForgeError(error) && error.code === 'RATE_LIMITED' && error.retryAfterSeconds !== undefined && error.retryAfterSeconds <= 60;
      if (!limited || resend >= RATE_LIMITED_RESENDS) throw error;
      await wait(error.retryAfterSeconds!);
    }
  }
}

export const enrollStudentsCommand: Command = {
  name: 'enroll-students',
  summary: "Enroll a school's students in a course through the public graph (API key with write:enrollments).",
  usage: [
    'Usage: scrollforge enroll-students --school <id> --course <id> (--students <file> | --all-sharing)',
    '',
    `Calls enrollSchoolStudents in batches of ${ENROLLMENT_BATCH_SIZE} on <SCROLLFORGE_URL>/public/graphql and prints`,
    'how many students ended ENROLLED, ALREADY_ENROLLED and NOT_A_SHARING_STUDENT.',
    'Needs a school API key with write:enrollments in SCROLLFORGE_API_KEY (and read:students for --all-sharing).',
    '',
    '  --school <id>      the school the key belongs to',
    '  --course <id>      a published free course',
    '  --students <file>  one student (user) id per line; blank lines, # comments and a student_id header are skipped',
    '  --all-sharing      every student who shares their progress with the school',
  ].join('\n'),
  options: { school: { type: 'string' }, course: { type: 'string' }, students: { type: 'string' }, 'all-sharing': { type: 'boolean' } },
  async run({ positionals, values }, context) {
    if (positionals.length > 0) throw usageError(`enroll-students takes no arguments (got ${positionals.join(' ')}).`);
    const schoolId = typeof values.school === 'string' ? values.school.trim() : '';
    const courseId = typeof values.course === 'string' ? values.course.trim() : '';
    if (schoolId === '' || courseId === '') throw usageError('Name the school and the course: --school <id> --course <id>.');
    const fromFile = typeof values.students === 'string';
    if (fromFile === (values['all-sharing'] === true)) throw usageError('Choose the students with exactly one of --students <file> or --all-sharing.');

    let studentIds: string[];
    const client = clientFor('api-key', values, context.env, 'a school API key with write:enrollments');
    if (fromFile) {
      const file = values.students as string;
      const read = readStudentListFile(await readInputFile(file, 'student list'));
      failOnProblems(file, read.problems, context.stderr);
      studentIds = read.studentIds;
    } else {
      studentIds = await sharingStudentIds(client, schoolId);
      context.stderr.write(`${studentIds.length} student(s) share their progress with the school.\n`);
    }

    const counts = new Map<SchoolEnrollmentStatus, number>(STATUSES.map((status) => [status, 0]));
    const progress = createProgress({ label: 'students', total: studentIds.length, stream: context.stderr });
    try {
      for (let start = 0; start < studentIds.length; start += ENROLLMENT_BATCH_SIZE) {
        const batch = studentIds.slice(start, start + ENROLLMENT_BATCH_SIZE);
        const outcome = await enrollBatch(client, { schoolId, courseId, studentIds: batch });
        for (const result of outcome.results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
        progress.advance(batch.length);
      }
    } finally {
      progress.finish();
    }
    for (const status of STATUSES) context.stdout.write(`${status}: ${counts.get(status) ?? 0}\n`);
    return 0;
  },
};
