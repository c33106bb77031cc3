// The material a study plan covers: the chosen live modules' live lectures, readings and quizzes, in
// course order, read in a fixed number of statements.
import type { Db } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import type { StudyMaterial } from './schedule';

const LIVE = { archivedAt: null } as const;
const BY_POSITION = { position: 'asc' } as const;

/** Within a module, items sharing a position are taken lecture first, then reading, then quiz. */
const KIND_ORDER: Record<StudyMaterial['kind'], number> = { lecture: 0, reading: 1, quiz: 2 };

export interface CourseMaterial {
  /** The modules covered, in course order. */
  moduleIds: string[];
  materials: StudyMaterial[];
}

/**
 * Loads the material of `moduleIds` (all live modules when empty). Throws BAD_USER_INPUT naming the
 * field when an id is not a live module of the course; the ids come back in course order.
 */
export async function loadCourseMaterial(db: Db, courseId: string, moduleIds: readonly string[]): Promise<CourseMaterial> {
  const modules = await db.module.findMany({ where: { courseId, ...LIVE }, orderBy: BY_POSITION, select: { id: true } });
  const wanted = new Set(moduleIds);
  const known = new Set(modules.map((module) => module.id));
  const unknown = [...wanted].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw badInput(
      `${unknown.length === 1 ? 'A chosen module is' : 'Some chosen modules are'} not part of this course: ${unknown.join(', ')}. Pick modules from the course’s syllabus.`,
      'moduleIds',
    );
  }
  const chosen = wanted.size === 0 ? modules.map((module) => module.id) : modules.map((module) => module.id).filter((id) => wanted.has(id));
  // Flat statements one after another: inside a transaction they share one connection, and nested
  // includes would have the client send them concurrently.
  const inChosen = { moduleId: { in: chosen }, ...LIVE };
  const lectures = await db.lecture.findMany({ where: inChosen, select: { id: true, moduleId: true, title: true, position: true, durationSeconds: true } });
  const readings = await db.reading.findMany({ where: inChosen, select: { id: true, moduleId: true, title: true, position: true, estimatedMinutes: true } });
  const quizzes = await db.quiz.findMany({ where: inChosen, select: { id: true, moduleId: true, title: true, position: true, timeLimitSeconds: true } });
  const questionCounts = quizzes.length === 0
    ? []
    : await db.quizQuestion.groupBy({ by: ['quizId'], where: { quizId: { in: quizzes.map((quiz) => quiz.id) } }, _count: { _all: true } });
  const countByQuiz = new Map(questionCounts.map((row) => [row.quizId, row._count._all]));

  const items: (StudyMaterial & { moduleId: string; position: number })[] = [
    ...lectures.map((lecture) => ({ kind: 'lecture' as const, ...lecture })),
    ...readings.map((reading) => ({ kind: 'reading' as const, ...reading })),
    ...quizzes.map((quiz) => ({ kind: 'quiz' as const, ...quiz, questionCount: countByQuiz.get(quiz.id) ?? 0 })),
  ];
  const moduleRank = new Map(chosen.map((id, index) => [id, index]));
  items.sort(
    (a, b) =>
      (moduleRank.get(a.moduleId) ?? 0) - (moduleRank.get(b.moduleId) ?? 0) ||
      a.position - b.position ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  const materials = items.map(({ moduleId: _moduleId, position: _position, ...material }) => material as StudyMaterial);
  return { moduleIds: chosen, materials };
}
