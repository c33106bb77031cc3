// /study/practice/:id: a practice session, one question at a time with feedback straight after each
// answer, then the session's summary and my accuracy per topic in the course (?course=<id>).
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState, Loading } from '../../../ui/States';
import { messageOf } from '../../../ui/error-message';
import { formatPercent, formatScore } from '../shared/format';
import { nextUnanswered, toAnswerInput, type AnswerDraft } from './answer-draft';
import { PracticeFeedbackNote } from './PracticeFeedbackNote';
import { QuestionCard } from './QuestionCard';
import { TopicAccuracy } from './TopicAccuracy';
import '../study.css';

const PracticeQuestionFields = graphql(`
  fragment StudyPracticeQuestion_PracticeQuestion on PracticeQuestion {
    id
    position
    type
    prompt
    topic
    options {
      id
      text
    }
    response {
      optionIds
      value
      text
    }
    feedback {
      correct
      score
      explanation
      correctAnswer {
        optionIds
        value
        acceptedAnswers
      }
    }
  }
`);

const PracticeSessionQuery = graphql(`
  query StudyPracticeSession($id: ID!) {
    practiceSession(id: $id) {
      id
      submittedAt
      score
      maxScore
      questions {
        ...StudyPracticeQuestion_PracticeQuestion
      }
    }
  }
`);

const AnswerMutation = graphql(`
  mutation StudyAnswerPractice($sessionId: ID!, $questionId: ID!, $response: AnswerInput!) {
    answerPracticeQuestion(sessionId: $sessionId, questionId: $questionId, response: $response) {
      questionId
      session {
        id
        questions {
          ...StudyPracticeQuestion_PracticeQuestion
        }
      }
    }
  }
`);

const SubmitMutation = graphql(`
  mutation StudySubmitPractice($sessionId: ID!) {
    submitPracticeSession(sessionId: $sessionId) {
      id
      submittedAt
      score
      maxScore
    }
  }
`);

export function PracticeSessionPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const courseId = searchParams.get('course');
  const { data, loading, error } = useQuery(PracticeSessionQuery, { variables: { id } });
  const [answer, answering] = useMutation(AnswerMutation);
  const [submit, submitting] = useMutation(SubmitMutation, { refetchQueries: ['StudyPracticeStats'] });
  const [reviewingId, setReviewingId] = useState<string | null>(null);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const back = (
    <p>
      <Link to={courseId ? `/study/practice?course=${encodeURIComponent(courseId)}` : '/study/practice'}>← Practice</Link>
    </p>
  );
  if (loading && !data) return <>{back}<Loading label="Loading the session…" /></>;
  if (error && !data) return <>{back}<h1>Practice session</h1><ErrorState error={error} /></>;
  const session = data?.practiceSession;
  if (!session) {
    return (
      <>
        {back}
        <h1>Practice session</h1>
        <Alert>This practice session does not exist or is not yours.</Alert>
      </>
    );
  }
  const questions = session.questions.map((question) => getFragmentData(PracticeQuestionFields, question));
  const reviewing = questions.find((question) => question.id === reviewingId) ?? null;
  const current = reviewing ?? nextUnanswered(questions);
  const answeredCount = questions.filter((question) => question.response).length;

  const sendAnswer = async (questionId: string, type: (typeof questions)[number]['type'], draft: AnswerDraft) => {
    setAnswerError(null);
    try {
      await answer({ variables: { sessionId: session.id, questionId, response: toAnswerInput(type, draft) } });
      setReviewingId(questionId);
    } catch (caught) {
      setAnswerError(messageOf(caught));
    }
  };

  const finish = async () => {
    setSubmitError(null);
    try {
      await submit({ variables: { sessionId: session.id } });
    } catch (caught) {
      setSubmitError(messageOf(caught));
    }
  };

  if (session.submittedAt) {
    const score = session.score ?? 0;
    return (
      <>
        {back}
        <h1>Session summary</h1>
        <section className="card" aria-labelledby="summary-heading">
          <h2 id="summary-heading">
            You scored {formatScore(score)} of {session.maxScore} ({formatPercent(session.maxScore ? (score / session.maxScore) * 100 : 0)})
          </h2>
          <ol className="study-list" aria-label="Your answers">
            {questions.map((question) => (
              <li key={question.id}>
                <p>
                  <strong>{question.prompt}</strong> <span className="muted">({question.topic})</span>
                </p>
                {question.feedback ? <PracticeFeedbackNote feedback={question.feedback} options={question.options} /> : <p className="muted">Not answered.</p>}
              </li>
            ))}
          </ol>
          <div className="actions">
            <Link className="button button--primary" to={courseId ? `/study/practice?course=${encodeURIComponent(courseId)}` : '/study/practice'}>
              Practise again
            </Link>
          </div>
        </section>
        {courseId && <TopicAccuracy courseId={courseId} />}
      </>
    );
  }

  return (
    <>
      {back}
      <h1>Practice session</h1>
      <p role="status" aria-live="polite">
        {answeredCount} of {questions.length} answered
      </p>
      <progress className="study-progress" max={Math.max(questions.length, 1)} value={answeredCount} aria-label="Questions answered" />
      {current && (
        <QuestionCard
          key={current.id}
          question={current}
          number={questions.indexOf(current) + 1}
          total={questions.length}
          busy={answering.loading}
          error={answerError}
          onAnswer={(draft) => void sendAnswer(current.id, current.type, draft)}
        />
      )}
      {submitError && <Alert>{submitError}</Alert>}
      <div className="actions">
        {reviewing && nextUnanswered(questions) && (
          <Button onClick={() => setReviewingId(null)} autoFocus>
            Next question
          </Button>
        )}
        {!nextUnanswered(questions) && (
          <Button busy={submitting.loading} onClick={() => void finish()}>
            {submitting.loading ? 'Scoring…' : 'See my summary'}
          </Button>
        )}
      </div>
    </>
  );
}
