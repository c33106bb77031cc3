// The spiritual questionnaire, answered while the application is in spiritual evaluation: saved as often
// as wanted, then submitted once (every question answered; the answers are final).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { TextArea } from '../../../../ui/TextArea';
import { messageOf } from '../../../../ui/error-message';
import { ConfirmAction } from '../../shared/ConfirmAction';
import { fieldProblemsOf } from '../../shared/field-errors';
import { formatDateTime } from '../../shared/format';

export const QuestionnairePanelFragment = graphql(`
  fragment QuestionnairePanel_Application on Application {
    id
    status
    spiritualEvaluation {
      submitted
      submittedAt
      scored
      questions {
        id
        prompt
        guidance
        maxLength
        answer
      }
    }
  }
`);

const SaveQuestionnaireMutation = graphql(`
  mutation SaveSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]!) {
    saveSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {
      id
      ...ApplicationState_Application
    }
  }
`);

const SubmitQuestionnaireMutation = graphql(`
  mutation SubmitSpiritualQuestionnaire($applicationId: ID!, $answers: [SpiritualAnswerInput!]) {
    submitSpiritualQuestionnaire(applicationId: $applicationId, answers: $answers) {
      id
      ...ApplicationState_Application
    }
  }
`);

export function QuestionnairePanel(props: { application: FragmentType<typeof QuestionnairePanelFragment> }) {
  const application = getFragmentData(QuestionnairePanelFragment, props.application);
  const evaluation = application.spiritualEvaluation;
  const [answers, setAnswers] = useState<Record<string, string>>(() => Object.fromEntries(evaluation.questions.map((question) => [question.id, question.answer ?? ''])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [save, saving] = useMutation(SaveQuestionnaireMutation);
  const [submit, submitting] = useMutation(SubmitQuestionnaireMutation);

  if (evaluation.submitted) {
    return (
      <p>
        You submitted your questionnaire{evaluation.submittedAt ? ` on ${formatDateTime(evaluation.submittedAt)}` : ''}.{' '}
        {evaluation.scored ? 'It has been assessed.' : 'The admissions office is reading it.'}
      </p>
    );
  }
  if (application.status !== 'spiritual_evaluation') return null;

  const answerList = () => evaluation.questions.map((question) => ({ questionId: question.id, answer: answers[question.id] ?? '' }));
  /** Problems name answers[i].answer (i in the order sent) or "answers" for unanswered ones. */
  const showProblems = (error: unknown, verb: string) => {
    const problems = fieldProblemsOf(error);
    const byQuestion: Record<string, string> = {};
    for (const problem of problems) {
      const match = /^answers\[(\d+)\]/.exec(problem.field);
      const question = match ? evaluation.questions[Number(match[1])] : undefined;
      if (question) byQuestion[question.id] ??= problem.message;
    }
    setErrors(byQuestion);
    setNotice({ tone: 'error', text: `Your answers were not ${verb}: ${messageOf(error)}` });
  };

  const saveAnswers = async () => {
    setNotice(null);
    setErrors({});
    try {
      await save({ variables: { applicationId: application.id, answers: answerList() } });
      setNotice({ tone: 'success', text: 'Answers saved.' });
    } catch (error) {
      showProblems(error, 'saved');
    }
  };

  const submitAnswers = async () => {
    setNotice(null);
    setErrors({});
    try {
      await submit({ variables: { applicationId: application.id, answers: answerList() } });
    } catch (error) {
      showProblems(error, 'submitted');
      throw error;
    }
  };

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate>
      <p>Answer each question in your own words. Save as you go; submit when every question is answered. Submitted answers are final.</p>
      {evaluation.questions.map((question) => (
        <TextArea
          key={question.id}
          label={question.prompt}
          hint={question.guidance}
          maxLength={question.maxLength}
          value={answers[question.id] ?? ''}
          onChange={(event) => setAnswers({ ...answers, [question.id]: event.target.value })}
          error={errors[question.id]}
        />
      ))}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="actions">
        <Button variant="secondary" busy={saving.loading} onClick={() => void saveAnswers()}>
          Save answers
        </Button>
        <ConfirmAction
          label="Submit questionnaire"
          question="Submit your answers? They cannot be changed afterwards."
          confirmLabel="Yes, submit my answers"
          variant="primary"
          busy={submitting.loading}
          onConfirm={submitAnswers}
        />
      </div>
    </form>
  );
}
