// What import-courses creates, read from either file format, and the checks every course gets
// whatever format it came in.
import { DIFFICULTIES, LECTURE_KINDS, httpsUrlProblem, languageProblem, lengthProblem, numberProblem, slugProblem, tagsProblem, titleProblem, type CourseDifficulty, type ImportLectureKind } from './course-rules';
import type { CsvProblem } from '../csv/csv-table';

export interface LecturePlan {
  line: number;
  title: string;
  kind?: ImportLectureKind;
  videoUrl?: string;
  durationSeconds?: number;
  transcript?: string;
}

export interface ModulePlan {
  line: number;
  title: string;
  summary?: string;
  lectures: LecturePlan[];
}

export interface CoursePlan {
  line: number;
  slug: string;
  title: string;
  /** A faculty's slug or id. */
  faculty: string;
  summary?: string;
  description?: string;
  difficulty?: CourseDifficulty;
  language?: string;
  tags?: string[];
  durationHours?: number;
  isFree?: boolean;
  modules: ModulePlan[];
}

/** Problems of a course's own values (not of the file's shape), each on the line it came from. */
export function coursePlanProblems(course: CoursePlan): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const add = (line: number, problem: string | undefined) => {
    if (problem !== undefined) problems.push({ line, message: problem });
  };
  add(course.line, slugProblem(course.slug));
  add(course.line, titleProblem(course.title, 'course title'));
  if (course.faculty.trim() === '') add(course.line, 'Name the faculty (its slug or id).');
  if (course.summary !== undefined) add(course.line, lengthProblem(course.summary, 'summary', 500));
  if (course.description !== undefined) add(course.line, lengthProblem(course.description, 'description', 50_000));
  if (course.difficulty !== undefined && !DIFFICULTIES.includes(course.difficulty)) add(course.line, `The difficulty must be one of ${DIFFICULTIES.join(', ')}.`);
  if (course.language !== undefined) add(course.line, languageProblem(course.language));
  if (course.tags !== undefined) add(course.line, tagsProblem(course.tags));
  if (course.durationHours !== undefined) add(course.line, numberProblem(course.durationHours, 'duration in hours', { min: 0, max: 10_000 }));
  for (const module of course.modules) {
    add(module.line, titleProblem(module.title, 'module title'));
    if (module.summary !== undefined) add(module.line, lengthProblem(module.summary, 'module summary', 500));
    for (const lecture of module.lectures) {
      add(lecture.line, titleProblem(lecture.title, 'lecture title'));
      if (lecture.kind !== undefined && !LECTURE_KINDS.includes(lecture.kind)) add(lecture.line, `The lecture kind must be one of ${LECTURE_KINDS.join(', ')}.`);
      if (lecture.videoUrl !== undefined) add(lecture.line, httpsUrlProblem(lecture.videoUrl, 'video URL'));
      if (lecture.durationSeconds !== undefined) add(lecture.line, numberProblem(lecture.durationSeconds, 'lecture duration in seconds', { min: 0, max: 86_400, integer: true }));
      if (lecture.transcript !== undefined) add(lecture.line, lengthProblem(lecture.transcript, 'transcript', 500_000));
    }
  }
  return problems;
}

/** Problems of the file as a whole: the same slug twice. */
export function duplicateSlugProblems(courses: readonly CoursePlan[]): CsvProblem[] {
  const first = new Map<string, number>();
  const problems: CsvProblem[] = [];
  for (const course of courses) {
    const earlier = first.get(course.slug);
    if (earlier !== undefined) problems.push({ line: course.line, message: `The slug "${course.slug}" is already used on line ${earlier}; each course needs its own.` });
    else first.set(course.slug, course.line);
  }
  return problems;
}
