// /courses/:slug/quizzes/:quizId/attempts/:attemptId: an attempt in progress is taken here; a
// submitted one shows its result, with the way back to the course (and to the certificate once earned).
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql, getFragmentData } from '../../../gql';
import { ErrorState, Loading } from '../../../ui/States';
import { AttemptForm } from './AttemptForm';
import { AttemptResult } from './AttemptResult';
import '../shared/learning.css';

export const AttemptViewFragment = graphql(`
  fragment AttemptView_QuizAttempt on QuizAttempt {
    id
    number
    status
    deadlineAt
    secondsLeft
    submittedAt
    score
    maxScore
    scorePercent
    passed
    quiz {
      id
      title
      passingScorePercent
    }
    questions {
      id
      position
      type
      prompt
      points
      maxWords
      options {
        id
        text
      }
      response {
        optionIds
        value
        text
      }
      pointsEarned
      correctAnswer {
        optionIds
        value
        acceptedAnswers
        numericValue
        numericTolerance
      }
      explanation
      feedback
    }
  }
`);

const AttemptPageQuery = graphql(`
  query AttemptPage($attemptId: ID!, $slug: String!) {
    quizAttempt(id: $attemptId) {
      id
      ...AttemptView_QuizAttempt
    }
    course(slug: $slug) {
      id
      slug
      title
      viewerEnrollment {
        id
        status
        certificate {
          id
        }
      }
    }
  }
`);

export function AttemptPage() {
  const { slug = '', quizId = '', attemptId = '' } = useParams();
  const { data, loading, error } = useQuery(AttemptPageQuery, { variables: { attemptId, slug }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Loading the attempt…" />;
  if (error && !data) return <ErrorState error={error} />;
  const attempt = data?.quizAttempt ? getFragmentData(AttemptViewFragment, data.quizAttempt) : null;
  const course = data?.course;
  if (!attempt || !course) {
    return (
      <>
        <h1>Attempt not found</h1>
        <p>
          This attempt does not exist or is not yours. <Link to={`/courses/${slug}/quizzes/${quizId}`}>Back to the quiz</Link>.
        </p>
      </>
    );
  }
  const inProgress = attempt.status === 'in_progress';
  return (
    <>
      <p>
        <Link to={`/courses/${course.slug}/quizzes/${attempt.quiz.id}`}>← {attempt.quiz.title}</Link>
      </p>
      <h1>
        {attempt.quiz.title}: attempt {attempt.number}
      </h1>
      {inProgress ? (
        <AttemptForm key={attempt.id} attemptId={attempt.id} secondsLeft={attempt.secondsLeft ?? null} questions={attempt.questions} />
      ) : (
        <ResultWithNextSteps attempt={attempt} courseSlug={course.slug} hasCertificate={Boolean(course.viewerEnrollment?.certificate)} />
      )}
    </>
  );
}

function ResultWithNextSteps(props: { attempt: Parameters<typeof AttemptResult>[0]['attempt']; courseSlug: string; hasCertificate: boolean }) {
  return (
    <>
      <div role="status">
        {props.hasCertificate ? (
          <p className="learning-done">
            You completed the course. <Link to={`/courses/${props.courseSlug}/certificate`}>See your certificate</Link>
          </p>
        ) : null}
      </div>
      <AttemptResult attempt={props.attempt} />
      <p>
        <Link to={`/courses/${props.courseSlug}`}>Back to the course</Link>
      </p>
    </>
  );
}
