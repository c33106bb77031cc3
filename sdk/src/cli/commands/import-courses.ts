// `scrollforge import-courses <file>`: creates draft courses with their modules and lectures from a
// CSV or JSON file (instructors). The whole file is checked first, faculties included, so a bad row
// creates nothing; a course whose slug is taken is skipped and reported.
import { extname } from 'node:path';
import type { ScrollForgeClient } from '../../client/client';
import { isScrollForgeError } from '../../client/errors';
import { ImportAddLectureDocument, ImportAddModuleDocument, ImportCreateCourseDocument, ImportFacultiesDocument } from '../../generated/operations';
import { COURSE_CSV_COLUMNS, readCourseCsv } from '../../courses/course-csv';
import { readCourseJson } from '../../courses/course-json';
import { coursePlanProblems, duplicateSlugProblems, type CoursePlan } from '../../courses/course-plan';
import type { CsvProblem } from '../../csv/csv-table';
import { CliError, usageError } from '../cli-error';
import type { Command } from '../command';
import { clientFor } from '../config';
import { describeFailure } from '../describe-failure';
import { createProgress } from '../progress';
import { readInputFile } from '../read-input-file';
import { failOnProblems } from '../report-problems';

function readCourseFile(file: string, text: string): { courses: CoursePlan[]; problems: CsvProblem[] } {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return readCourseCsv(text);
  if (extension === '.json') return readCourseJson(text);
  throw usageError(`${file} is neither .csv nor .json; name the file for its format.`);
}

async function facultyIds(client: ScrollForgeClient, courses: readonly CoursePlan[], problems: CsvProblem[]): Promise<Map<string, string>> {
  const { faculties } = await client.request(ImportFacultiesDocument);
  const byReference = new Map<string, string>();
  for (const faculty of faculties) {
    byReference.set(faculty.id.toLowerCase(), faculty.id);
    byReference.set(faculty.slug.toLowerCase(), faculty.id);
  }
  const resolved = new Map<string, string>();
  for (const course of courses) {
    const id = byReference.get(course.faculty.trim().toLowerCase());
    if (id !== undefined) resolved.set(course.slug, id);
    else if (course.faculty.trim() !== '') {
      problems.push({ line: course.line, message: `No faculty "${course.faculty}"; use one of: ${faculties.map((faculty) => faculty.slug).join(', ')}.` });
    }
  }
  return resolved;
}

type Outcome = { kind: 'created'; id: string; modules: number; lectures: number } | { kind: 'skipped'; reason: string };

async function createCourse(client: ScrollForgeClient, course: CoursePlan, facultyId: string): Promise<Outcome> {
  let courseId: string;
  try {
    const { createCourse: created } = await client.request(ImportCreateCourseDocument, {
      input: {
        slug: course.slug,
        title: course.title,
        facultyId,
        summary: course.summary,
        description: course.description,
        difficulty: course.difficulty,
        language: course.language,
        tags: course.tags,
        durationHours: course.durationHours,
        isFree: course.isFree,
      },
    });
    courseId = created.id;
  } catch (error) {
    // The only conflict creating a course can meet is its slug being taken (by anyone's course).
    if (isScrollForgeError(error) && error.code === 'CONFLICT') return { kind: 'skipped', reason: error.message };
    throw error;
  }
  let lectures = 0;
  try {
    for (const module of course.modules) {
      const { addModule } = await client.request(ImportAddModuleDocument, { courseId, input: { title: module.title, summary: module.summary } });
      for (const lecture of module.lectures) {
        await client.request(ImportAddLectureDocument, {
          moduleId: addModule.id,
          input: { title: lecture.title, kind: lecture.kind, videoUrl: lecture.videoUrl, durationSeconds: lecture.durationSeconds, transcript: lecture.transcript },
        });
        lectures += 1;
      }
    }
  } catch (error) {
    const reason = isScrollForgeError(error) ? describeFailure(error) : String(error);
    throw new CliError(`The draft "${course.slug}" (${courseId}) was created but not completed: ${reason} Finish or remove its modules in the course editor.`);
  }
  return { kind: 'created', id: courseId, modules: course.modules.length, lectures };
}

export const importCoursesCommand: Command = {
  name: 'import-courses',
  summary: 'Create draft courses with modules and lectures from a CSV or JSON file (instructor token).',
  usage: [
    'Usage: scrollforge import-courses <file.csv|file.json>',
    '',
    'CSV: one row per lecture; rows with the same course_slug are one course, and rows of a course',
    'with the same module_title are one module, in file order. A row without lecture_title adds an',
    'empty module. Course columns go on the course\'s first row (later rows leave them empty).',
    `  required: ${COURSE_CSV_COLUMNS.required.join(', ')}`,
    `  optional: ${COURSE_CSV_COLUMNS.optional.join(', ')}`,
    '  faculty is a faculty slug or id; tags are separated by ";"; is_free is true or false.',
    'JSON: [{ slug, title, faculty, summary?, description?, difficulty?, language?, tags?, durationHours?,',
    '        isFree?, modules: [{ title, summary?, lectures: [{ title, kind?, videoUrl?, durationSeconds?, transcript? }] }] }]',
    '',
    'The whole file is checked first: any problem is reported with its line and nothing is created.',
    'Courses whose slug is taken are skipped and listed. Needs an instructor\'s SCROLLFORGE_TOKEN.',
  ].join('\n'),
  options: {},
  async run({ positionals, values }, context) {
    if (positionals.length !== 1) throw usageError('Give exactly one file: scrollforge import-courses <file.csv|file.json>.');
    const file = positionals[0]!;
    const { courses, problems } = readCourseFile(file, await readInputFile(file, 'course file'));
    for (const course of courses) problems.push(...coursePlanProblems(course));
    problems.push(...duplicateSlugProblems(courses));
    if (courses.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'The file holds no courses.' });
    failOnProblems(file, problems, context.stderr);

    const client = clientFor('token', values, context.env, 'an instructor');
    const faculties = await facultyIds(client, courses, problems);
    failOnProblems(file, problems, context.stderr);

    const progress = createProgress({ label: 'courses', total: courses.length, stream: context.stderr });
    let created = 0;
    const skipped: string[] = [];
    try {
      for (const course of courses) {
        const outcome = await createCourse(client, course, faculties.get(course.slug)!);
        if (outcome.kind === 'created') {
          created += 1;
          context.stdout.write(`created ${course.slug} ${outcome.id} (${outcome.modules} modules, ${outcome.lectures} lectures)\n`);
        } else {
          skipped.push(course.slug);
          context.stdout.write(`skipped ${course.slug}: ${outcome.reason}\n`);
        }
        progress.advance();
      }
    } finally {
      progress.finish();
    }
    context.stderr.write(`Created ${created} draft course(s); skipped ${skipped.length}${skipped.length > 0 ? ` (slug taken: ${skipped.join(', ')})` : ''}.\n`);
    return 0;
  },
};
