// A quiz the student is taking right now; while it runs the tutor will not answer its questions.

export interface ActiveQuiz {
  attemptId: string;
  quizId: string;
  courseId: string;
  questions: { id: string; prompt: string }[];
  deadlineAt: Date | null;
}
