// /courses/:slug/quizzes/:quizId: what the quiz asks of the student (questions, time, pass mark,
// attempts left), their earlier attempts, and the button that starts (or resumes) an attempt.
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { ErrorState, Loading } from '../../../ui/States';
import { useBusyAction } from '../../../ui/use-busy-action';
import { formatPercent } from '../shared/format';
import '../shared/learning.css';

const QuizPageQuery = graphql(`
  query QuizPage($slug: String!) {
    course(slug: $slug) {
      id
      slug
      title
      viewerEnrollment {
        id
        status
      }
      modules {
        id
        quizzes {
          id
          title
          description
          timeLimitSeconds
          maxAttempts
          passingScorePercent
          questionCount
          myAttempts {
            id
            number
            status
            startedAt
            submittedAt
            scorePercent
            passed
          }
        }
      }
    }
  }
`);

const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($quizId: ID!) {
    startQuizAttempt(quizId: $quizId) {
      id
      status
    }
  }
`);

function attemptOutcome(attempt: { status: string; scorePercent?: number | null; passed?: boolean | null }): string {
  if (attempt.status === 'in_progress') return 'In progress';
  if (attempt.status === 'submitted') return 'Submitted, waiting for grading';
  return `${formatPercent(attempt.scorePercent ?? 0)}, ${attempt.passed ? 'passed' : 'not passed'}`;
}

export function QuizPage() {
  const { slug = '', quizId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(QuizPageQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const [startAttempt] = useMutation(StartQuizAttemptMutation);
  const start = useBusyAction(async () => {
    const result = await startAttempt({ variables: { quizId } });
    const attemptId = result.data?.startQuizAttempt.id;
    if (attemptId) await navigate(`/courses/${slug}/quizzes/${quizId}/attempts/${attemptId}`);
  });

  if (loading && !data) return <Loading label="Loading the quiz…" />;
  if (error && !data) return <ErrorState error={error} />;
  const course = data?.course;
  const quiz = course?.modules.flatMap((module) => module.quizzes).find((candidate) => candidate.id === quizId);
  if (!course || !quiz) {
    return (
      <>
        <h1>Quiz not found</h1>
        <p>
          This quiz does not exist or is not open to you. <Link to={`/courses/${slug}`}>Back to the course</Link>.
        </p>
      </>
    );
  }
  const inProgress = quiz.myAttempts.find((attempt) => attempt.status === 'in_progress');
  const attemptsLeft = quiz.maxAttempts === null || quiz.maxAttempts === undefined ? null : Math.max(0, quiz.maxAttempts - quiz.myAttempts.length);
  const enrolled = course.viewerEnrollment !== null && course.viewerEnrollment !== undefined && course.viewerEnrollment.status !== 'dropped';

  return (
    <>
      <p>
        <Link to={`/courses/${course.slug}`}>← {course.title}</Link>
      </p>
      <h1>{quiz.title}</h1>
      {quiz.description ? <p>{quiz.description}</p> : null}
      <dl className="learning-facts">
        <dt>Questions</dt>
        <dd>{quiz.questionCount}</dd>
        <dt>Time limit</dt>
        <dd>{quiz.timeLimitSeconds ? `${Math.round(quiz.timeLimitSeconds / 60)} minutes; answers are submitted when time is up` : 'None'}</dd>
        <dt>Pass mark</dt>
        <dd>{quiz.passingScorePercent}%</dd>
        <dt>Attempts</dt>
        <dd>{attemptsLeft === null ? 'Unlimited' : `${attemptsLeft} of ${quiz.maxAttempts} left`}</dd>
      </dl>
      {!enrolled ? (
        <Alert tone="info">
          Enroll in the course to take this quiz. <Link to={`/courses/${course.slug}`}>Go to the course</Link>
        </Alert>
      ) : inProgress ? (
        <p>
          <Link className="button button--primary" to={`/courses/${course.slug}/quizzes/${quiz.id}/attempts/${inProgress.id}`}>
            Resume your attempt
          </Link>
        </p>
      ) : attemptsLeft === 0 ? (
        <Alert tone="info">You have used every attempt of this quiz.</Alert>
      ) : (
        <div className="actions">
          <Button busy={start.busy} onClick={() => void start.run()}>
            {quiz.myAttempts.length > 0 ? 'Try again' : 'Start the quiz'}
          </Button>
        </div>
      )}
      {start.error ? <Alert>{messageOf(start.error)}</Alert> : null}
      {quiz.myAttempts.length > 0 ? (
        <section aria-labelledby="quiz-attempts">
          <h2 id="quiz-attempts">Your attempts</h2>
          <ul>
            {quiz.myAttempts.map((attempt) => (
              <li key={attempt.id}>
                <Link to={`/courses/${course.slug}/quizzes/${quiz.id}/attempts/${attempt.id}`}>Attempt {attempt.number}</Link>: {attemptOutcome(attempt)}
                <span className="muted"> · {formatDateTime(attempt.submittedAt ?? attempt.startedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
