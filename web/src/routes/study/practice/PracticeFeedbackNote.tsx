// How one answer did: right, partly right or wrong, the correct answer, and the explanation.
import { Alert } from '../../../ui/Alert';
import { formatPercent } from '../shared/format';
import { describeCorrectAnswer, type CorrectAnswerLike } from './answer-draft';

export interface FeedbackLike {
  correct?: boolean | null;
  score?: number | null;
  explanation: string;
  correctAnswer?: CorrectAnswerLike | null;
}

export function PracticeFeedbackNote({ feedback, options }: { feedback: FeedbackLike; options: readonly { id: string; text: string }[] }) {
  const correctAnswer = feedback.correctAnswer ? describeCorrectAnswer(feedback.correctAnswer, options) : '';
  const verdict =
    feedback.correct === null || feedback.correct === undefined
      ? 'Answer recorded (not graded in practice).'
      : feedback.correct
        ? 'Correct!'
        : feedback.score && feedback.score > 0
          ? `Partly right: ${formatPercent(feedback.score * 100)} of the marks.`
          : 'Not quite.';
  return (
    <Alert tone={feedback.correct ? 'success' : 'info'}>
      <strong>{verdict}</strong>
      {!feedback.correct && correctAnswer && <p>The correct answer: {correctAnswer}</p>}
      {feedback.explanation && <p>{feedback.explanation}</p>}
    </Alert>
  );
}
