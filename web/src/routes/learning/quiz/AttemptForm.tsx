// Taking an attempt: every question on one page, each answer saved as it is given (choices at once,
// text when the box is left), the countdown when the quiz is timed, and submission after a confirmation
// (or by itself when time runs out).
import { useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { answerFromResponse, answerInput, isAnswered, type DraftAnswer } from './answers';
import { QuestionField, type AttemptQuestionView } from './QuestionField';
import { QuizTimer } from './QuizTimer';

const SaveQuizAnswersMutation = graphql(`
  mutation SaveQuizAnswers($attemptId: ID!, $answers: [QuizAnswerInput!]!) {
    saveQuizAnswers(attemptId: $attemptId, answers: $answers) {
      id
      questions {
        id
        savedAt
        response {
          optionIds
          value
          text
        }
      }
    }
  }
`);

const SubmitQuizAttemptMutation = graphql(`
  mutation SubmitQuizAttempt($attemptId: ID!) {
    submitQuizAttempt(attemptId: $attemptId) {
      id
      ...AttemptView_QuizAttempt
    }
  }
`);

interface AttemptFormProps {
  attemptId: string;
  secondsLeft: number | null;
  questions: (AttemptQuestionView & { response?: { optionIds?: string[] | null; value?: boolean | null; text?: string | null } | null })[];
}

export function AttemptForm({ attemptId, secondsLeft, questions }: AttemptFormProps) {
  const [answers, setAnswers] = useState<Record<string, DraftAnswer>>(() => Object.fromEntries(questions.map((question) => [question.id, answerFromResponse(question.response)])));
  const unsaved = useRef(new Set<string>());
  const [confirming, setConfirming] = useState(false);
  const [saveMutation] = useMutation(SaveQuizAnswersMutation);
  const [submitMutation] = useMutation(SubmitQuizAttemptMutation);
  const latestAnswers = useRef(answers);
  latestAnswers.current = answers;

  const saveAnswers = useBusyAction(async (questionIds: string[]) => {
    const toSave = questions.filter((question) => questionIds.includes(question.id));
    if (toSave.length === 0) return;
    await saveMutation({ variables: { attemptId, answers: toSave.map((question) => answerInput(question.id, question.type, latestAnswers.current[question.id] ?? {})) } });
    for (const question of toSave) unsaved.current.delete(question.id);
  });

  const submit = useBusyAction(async () => {
    if (unsaved.current.size > 0) {
      const pending = questions.filter((question) => unsaved.current.has(question.id));
      await saveMutation({ variables: { attemptId, answers: pending.map((question) => answerInput(question.id, question.type, latestAnswers.current[question.id] ?? {})) } }).catch(() => undefined);
      unsaved.current.clear();
    }
    // The course may be completed by this attempt: the page's course facts (certificate) are read again.
    await submitMutation({ variables: { attemptId }, refetchQueries: ['AttemptPage'], awaitRefetchQueries: true });
  });

  // At the deadline the server may already have closed the attempt; reading it again shows the result
  // it graded from the saved answers.
  const client = useApolloClient();
  const expire = async () => {
    if (!(await submit.run())) await client.refetchQueries({ include: ['AttemptPage'] });
  };

  const change = (question: AttemptQuestionView, answer: DraftAnswer) => {
    setAnswers((current) => ({ ...current, [question.id]: answer }));
    latestAnswers.current = { ...latestAnswers.current, [question.id]: answer };
    unsaved.current.add(question.id);
    if (question.type !== 'short_answer' && question.type !== 'essay') void saveAnswers.run([question.id]);
  };

  const unanswered = questions.filter((question) => !isAnswered(question.type, answers[question.id])).length;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming(true);
      }}
    >
      {secondsLeft !== null ? <QuizTimer secondsLeft={secondsLeft} onExpire={() => void expire()} /> : null}
      {questions.map((question) => (
        <div key={question.id} className="card learning-question">
          <QuestionField
            question={question}
            answer={answers[question.id] ?? {}}
            disabled={submit.busy}
            onChange={(answer) => change(question, answer)}
            onBlur={() => {
              if (unsaved.current.has(question.id)) void saveAnswers.run([question.id]);
            }}
          />
        </div>
      ))}
      <p className="muted" aria-live="polite">
        {saveAnswers.busy ? 'Saving your answer…' : saveAnswers.done ? 'Your answers are saved.' : ''}
      </p>
      {saveAnswers.error ? <Alert>{messageOf(saveAnswers.error)}</Alert> : null}
      {confirming ? (
        <div className="card" role="group" aria-labelledby="confirm-submit">
          <h2 id="confirm-submit">Submit your answers?</h2>
          <p>
            {unanswered > 0 ? `${unanswered === 1 ? '1 question is' : `${unanswered} questions are`} not answered. ` : 'Every question is answered. '}
            You cannot change your answers after submitting.
          </p>
          <div className="actions">
            <Button type="button" autoFocus busy={submit.busy} onClick={() => void submit.run()}>
              Yes, submit
            </Button>
            <Button type="button" variant="secondary" disabled={submit.busy} onClick={() => setConfirming(false)}>
              Keep working
            </Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button type="submit">Submit answers</Button>
        </div>
      )}
      {submit.busy ? (
        <p role="status" className="muted">
          Submitting…
        </p>
      ) : null}
      {submit.error ? <Alert>{messageOf(submit.error)}</Alert> : null}
    </form>
  );
}
