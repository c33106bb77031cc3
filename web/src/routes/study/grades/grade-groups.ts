// Grades arranged for reading: grouped by course (in the order the graph listed them, newest first), and
// whether each one passed. Quizzes pass at their own pass mark; assignments have none in the graph.

export interface GradeLike {
  itemId: string;
  itemType: 'quiz' | 'assignment';
  percent: number;
  course: { id: string; title: string; modules: readonly { quizzes: readonly { id: string; passingScorePercent: number }[] }[] };
}

export interface CourseGrades<G extends GradeLike> {
  course: G['course'];
  grades: G[];
}

export function groupGradesByCourse<G extends GradeLike>(grades: readonly G[]): CourseGrades<G>[] {
  const groups = new Map<string, CourseGrades<G>>();
  for (const grade of grades) {
    const group: CourseGrades<G> = groups.get(grade.course.id) ?? { course: grade.course, grades: [] };
    group.grades.push(grade);
    groups.set(grade.course.id, group);
  }
  return [...groups.values()];
}

/** The pass mark of a graded quiz, from its course's syllabus; null for assignments or a quiz no longer listed. */
export function passMarkOf(grade: GradeLike): number | null {
  if (grade.itemType !== 'quiz') return null;
  for (const module of grade.course.modules) {
    const quiz = module.quizzes.find((candidate) => candidate.id === grade.itemId);
    if (quiz) return quiz.passingScorePercent;
  }
  return null;
}

export type GradeOutcome = 'passed' | 'failed' | 'no pass mark';

export function outcomeOf(grade: GradeLike): GradeOutcome {
  const passMark = passMarkOf(grade);
  if (passMark === null) return 'no pass mark';
  return grade.percent >= passMark ? 'passed' : 'failed';
}
