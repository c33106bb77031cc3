// What waits for grading, in the order to grade it: ungraded submissions first (oldest first, as the
// graph gives them), and every essay answer of a submitted attempt that no person has scored yet.

/** Ungraded before graded, keeping the graph's order within each. */
export function waitingFirst<T extends { gradedAt?: string | null }>(submissions: readonly T[]): T[] {
  return [...submissions.filter((submission) => !submission.gradedAt), ...submissions.filter((submission) => submission.gradedAt)];
}

interface EssayQuestion {
  id: string;
  type: string;
  pointsEarned?: number | null;
}

interface AttemptWithQuestions {
  id: string;
  status: string;
  questions: readonly EssayQuestion[];
}

/** Each (attempt, essay question) of a submitted attempt whose essay has no score yet. */
export function waitingEssays<A extends AttemptWithQuestions>(
  quizzes: readonly { title: string; attempts: { edges: readonly { node: A }[] } }[],
): { quizTitle: string; attempt: A; question: A['questions'][number] }[] {
  return quizzes.flatMap((quiz) =>
    quiz.attempts.edges
      .map((edge) => edge.node)
      .filter((attempt) => attempt.status === 'submitted')
      .flatMap((attempt) => attempt.questions.filter((question) => question.type === 'essay' && question.pointsEarned == null).map((question) => ({ quizTitle: quiz.title, attempt, question }))),
  );
}
