// Where "Continue learning" goes: the first lecture not yet completed in syllabus order, then the first
// quiz not yet passed, else the first lecture to rewatch. Pure, so the course page and the player agree.

export interface OutlineLecture {
  id: string;
}
export interface OutlineQuiz {
  id: string;
  passed: boolean;
}
export interface OutlineModule {
  lectures: OutlineLecture[];
  quizzes: OutlineQuiz[];
}

export type NextStep = { kind: 'lecture'; id: string } | { kind: 'quiz'; id: string } | null;

export function nextStep(modules: OutlineModule[], completedLectureIds: ReadonlySet<string>): NextStep {
  for (const module of modules) {
    const lecture = module.lectures.find((candidate) => !completedLectureIds.has(candidate.id));
    if (lecture) return { kind: 'lecture', id: lecture.id };
  }
  for (const module of modules) {
    const quiz = module.quizzes.find((candidate) => !candidate.passed);
    if (quiz) return { kind: 'quiz', id: quiz.id };
  }
  const first = modules.flatMap((module) => module.lectures)[0];
  return first ? { kind: 'lecture', id: first.id } : null;
}

/** The lectures before and after `lectureId`, across modules, for previous/next links. */
export function neighbours(modules: OutlineModule[], lectureId: string): { previous: string | null; next: string | null } {
  const ids = modules.flatMap((module) => module.lectures.map((lecture) => lecture.id));
  const index = ids.indexOf(lectureId);
  if (index < 0) return { previous: null, next: null };
  return { previous: ids[index - 1] ?? null, next: ids[index + 1] ?? null };
}

export function stepPath(slug: string, step: NonNullable<NextStep>): string {
  return step.kind === 'lecture' ? `/courses/${slug}/lectures/${step.id}` : `/courses/${slug}/quizzes/${step.id}`;
}
