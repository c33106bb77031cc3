// The result of a submitted attempt: score, pass or fail against the quiz's pass mark, and for each
// question the student's answer, the right one, the points and the explanation, as far as the graph
// tells them (essays wait for a person to grade them).
import type { AttemptView_QuizAttemptFragment } from '../../../gql/graphql';
import { formatPercent } from '../shared/format';
import { answerFromResponse, describeAnswer } from './answers';

type Attempt = AttemptView_QuizAttemptFragment;
type Question = Attempt['questions'][number];

function correctAnswerText(question: Question): string | null {
  const correct = question.correctAnswer;
  if (!correct) return null;
  if (correct.value !== null && correct.value !== undefined) return correct.value ? 'True' : 'False';
  if (correct.optionIds && correct.optionIds.length > 0) return describeAnswer({ optionIds: correct.optionIds }, question.options);
  if (correct.acceptedAnswers && correct.acceptedAnswers.length > 0) return correct.acceptedAnswers.join(' or ');
  if (correct.numericValue !== null && correct.numericValue !== undefined) {
    return correct.numericTolerance ? `${correct.numericValue} (± ${correct.numericTolerance})` : String(correct.numericValue);
  }
  return null;
}

export function AttemptResult({ attempt }: { attempt: Attempt }) {
  const graded = attempt.status === 'graded';
  return (
    <>
      <section className="card" aria-labelledby="attempt-result">
        <h2 id="attempt-result">Your result</h2>
        {graded ? (
          <>
            <p className="learning-score">
              {formatPercent(attempt.scorePercent ?? 0)}{' '}
              <span className={attempt.passed ? 'learning-done' : 'field__error'}>{attempt.passed ? 'Passed' : 'Not passed'}</span>
            </p>
            <p>
              {attempt.score ?? 0} of {attempt.maxScore} points. The pass mark is {attempt.quiz.passingScorePercent}%.
            </p>
          </>
        ) : (
          <p>Submitted. Some answers are graded by an instructor; your score appears here once they are.</p>
        )}
      </section>
      <h2>Question by question</h2>
      {attempt.questions.map((question) => {
        const correctText = correctAnswerText(question);
        const earned = question.pointsEarned;
        const right = earned !== null && earned !== undefined && earned >= question.points;
        const tone = earned === null || earned === undefined ? '' : right ? ' learning-feedback--right' : ' learning-feedback--wrong';
        return (
          <article key={question.id} className={`card${tone}`} aria-labelledby={`result-${question.id}`}>
            <h3 id={`result-${question.id}`}>
              Question {question.position + 1}: {question.prompt}
            </h3>
            <dl className="learning-facts">
              <dt>Your answer</dt>
              <dd>{describeAnswer(answerFromResponse(question.response), question.options)}</dd>
              {correctText ? (
                <>
                  <dt>Correct answer</dt>
                  <dd>{correctText}</dd>
                </>
              ) : null}
              <dt>Points</dt>
              <dd>{earned === null || earned === undefined ? `Waiting for grading (out of ${question.points})` : `${earned} of ${question.points}${right ? ' (correct)' : ''}`}</dd>
            </dl>
            {question.explanation ? <p>{question.explanation}</p> : null}
            {question.feedback ? (
              <p>
                <strong>Grader’s comments:</strong> {question.feedback}
              </p>
            ) : null}
          </article>
        );
      })}
    </>
  );
}
