// What of a course counts toward progress and completion: its live modules in order, each with its live
// lectures, readings, quizzes and assignments. Archived rows keep their history but are left out here.
import type { Db, Module } from '../../../kit/src/db';

export interface OutlineLecture {
  id: string;
  title: string;
  position: number;
  durationSeconds: number;
}

export interface OutlineReading {
  id: string;
  title: string;
  position: number;
}

export interface OutlineQuiz {
  id: string;
  title: string;
  position: number;
  passingScorePercent: number;
}

export interface OutlineAssignment {
  id: string;
  title: string;
  position: number;
}

export interface OutlineModule {
  module: Module;
  lectures: OutlineLecture[];
  readings: OutlineReading[];
  quizzes: OutlineQuiz[];
  assignments: OutlineAssignment[];
}

export interface CourseOutline {
  courseId: string;
  /** Live modules by position. */
  modules: OutlineModule[];
  /** Passing scores of every live quiz of the course, by id (a module may require a quiz of another module). */
  quizPassingScores: Map<string, number>;
}

const LIVE = { archivedAt: null } as const;
const BY_POSITION = { position: 'asc' } as const;

const MODULE_CONTENT = {
  lectures: { where: LIVE, orderBy: BY_POSITION, select: { id: true, title: true, position: true, durationSeconds: true } },
  readings: { where: LIVE, orderBy: BY_POSITION, select: { id: true, title: true, position: true } },
  quizzes: { where: LIVE, orderBy: BY_POSITION, select: { id: true, title: true, position: true, passingScorePercent: true } },
  assignments: { where: LIVE, orderBy: BY_POSITION, select: { id: true, title: true, position: true } },
} as const;

/** Outlines of many courses in a fixed number of statements; unknown ids get an empty outline. */
export async function loadCourseOutlines(db: Db, courseIds: readonly string[]): Promise<Map<string, CourseOutline>> {
  const ids = [...new Set(courseIds)];
  const modules = ids.length === 0
    ? []
    : await db.module.findMany({
        where: { courseId: { in: ids }, archivedAt: null },
        orderBy: [{ courseId: 'asc' }, { position: 'asc' }],
        include: MODULE_CONTENT,
      });
  const outlines = new Map<string, CourseOutline>(ids.map((id) => [id, { courseId: id, modules: [], quizPassingScores: new Map() }]));
  for (const { lectures, readings, quizzes, assignments, ...module } of modules) {
    const outline = outlines.get(module.courseId);
    if (outline === undefined) continue;
    outline.modules.push({ module, lectures, readings, quizzes, assignments });
    for (const quiz of quizzes) outline.quizPassingScores.set(quiz.id, quiz.passingScorePercent);
  }
  return outlines;
}

export async function loadCourseOutline(db: Db, courseId: string): Promise<CourseOutline> {
  const outlines = await loadCourseOutlines(db, [courseId]);
  return outlines.get(courseId) ?? { courseId, modules: [], quizPassingScores: new Map() };
}

/** One module with its live items, or null when it does not exist. */
export async function loadModuleOutline(db: Db, moduleId: string): Promise<OutlineModule | null> {
  const row = await db.module.findUnique({ where: { id: moduleId }, include: MODULE_CONTENT });
  if (row === null) return null;
  const { lectures, readings, quizzes, assignments, ...module } = row;
  return { module, lectures, readings, quizzes, assignments };
}
