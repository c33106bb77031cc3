// A course's gradebook as rows: per student, each quiz's best graded attempt and each graded
// assignment submission, in syllabus order. Pure, so the choice of "best" is tested on its own.

export interface GradedStudent {
  id: string;
  displayName: string;
}

export interface QuizAttemptFacts {
  id: string;
  status: string;
  score?: number | null;
  maxScore: number;
  scorePercent?: number | null;
  gradedAt?: string | null;
  student: GradedStudent;
}

export interface SubmissionFacts {
  id: string;
  score?: number | null;
  maxScore: number;
  gradedAt?: string | null;
  student: GradedStudent;
}

export interface GradebookModule {
  position: number;
  title: string;
  quizzes: { id: string; position: number; title: string }[];
  assignments: { id: string; position: number; title: string; submissions: SubmissionFacts[] }[];
}

export interface GradeRow {
  studentId: string;
  studentName: string;
  module: string;
  itemType: 'quiz' | 'assignment';
  itemId: string;
  itemTitle: string;
  score: number;
  maxScore: number;
  /** Two decimals. */
  percent: number;
  gradedAt: string;
}

export const GRADE_COLUMNS = ['student_id', 'student_name', 'module', 'item_type', 'item_id', 'item_title', 'score', 'max_score', 'percent', 'graded_at'] as const;

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

function betterAttempt(current: QuizAttemptFacts | undefined, candidate: QuizAttemptFacts): boolean {
  if (current === undefined) return true;
  const difference = (candidate.scorePercent ?? 0) - (current.scorePercent ?? 0);
  // Equal scores: the earlier grade stands, as it did first.
  return difference > 0 || (difference === 0 && (candidate.gradedAt ?? '') < (current.gradedAt ?? ''));
}

/** `attemptsByQuiz` holds every attempt of each quiz (any status); only graded ones count. */
export function gradebookRows(modules: readonly GradebookModule[], attemptsByQuiz: ReadonlyMap<string, readonly QuizAttemptFacts[]>): GradeRow[] {
  const rows: { student: GradedStudent; order: [number, number, number]; row: GradeRow }[] = [];
  const sortedModules = [...modules].sort((a, b) => a.position - b.position);
  for (const [moduleIndex, module] of sortedModules.entries()) {
    for (const quiz of module.quizzes) {
      const best = new Map<string, QuizAttemptFacts>();
      for (const attempt of attemptsByQuiz.get(quiz.id) ?? []) {
        if (attempt.status !== 'graded' || attempt.score === null || attempt.score === undefined || !attempt.gradedAt) continue;
        if (betterAttempt(best.get(attempt.student.id), attempt)) best.set(attempt.student.id, attempt);
      }
      for (const attempt of best.values()) {
        rows.push({
          student: attempt.student,
          order: [moduleIndex, quiz.position, 0],
          row: {
            studentId: attempt.student.id,
            studentName: attempt.student.displayName,
            module: module.title,
            itemType: 'quiz',
            itemId: quiz.id,
            itemTitle: quiz.title,
            score: attempt.score!,
            maxScore: attempt.maxScore,
            percent: twoDecimals(attempt.scorePercent ?? (attempt.maxScore > 0 ? (attempt.score! / attempt.maxScore) * 100 : 0)),
            gradedAt: attempt.gradedAt!,
          },
        });
      }
    }
    for (const assignment of module.assignments) {
      for (const submission of assignment.submissions) {
        if (submission.score === null || submission.score === undefined || !submission.gradedAt) continue;
        rows.push({
          student: submission.student,
          order: [moduleIndex, assignment.position, 1],
          row: {
            studentId: submission.student.id,
            studentName: submission.student.displayName,
            module: module.title,
            itemType: 'assignment',
            itemId: assignment.id,
            itemTitle: assignment.title,
            score: submission.score,
            maxScore: submission.maxScore,
            percent: twoDecimals(submission.maxScore > 0 ? (submission.score / submission.maxScore) * 100 : 0),
            gradedAt: submission.gradedAt,
          },
        });
      }
    }
  }
  const byStudent = (a: GradedStudent, b: GradedStudent) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id);
  rows.sort((a, b) => byStudent(a.student, b.student) || a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return rows.map((entry) => entry.row);
}
