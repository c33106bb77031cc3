// Writing a new question for the quiz: its type, prompt, options with the correct ones marked (or the
// true/false answer, accepted short answers, or an essay's rubric), points, topic and subject. It goes
// into the course's question bank (createQuestion) and then onto the end of the quiz (setQuizQuestions).
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { QuestionType } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useBusyAction } from '../../../ui/use-busy-action';
import { inputErrorsOf } from '../shared/input-errors';
import {
  QUESTION_TYPES,
  createQuestionInputOf,
  emptyQuestion,
  isChoice,
  nextOptionId,
  questionProblems,
  type QuestionDraft,
  type QuestionProblems,
} from './question-draft';
import { SetQuizQuestions } from './quiz-documents';

const CreateQuestion = graphql(`
  mutation CreateQuestion($courseId: ID!, $input: CreateQuestionInput!) {
    createQuestion(courseId: $courseId, input: $input) {
      id
    }
  }
`);

interface NewQuestionFormProps {
  courseId: string;
  quizId: string;
  /** The quiz's current questions with their points, kept in order before the new one. */
  current: readonly { questionId: string; points: number }[];
  defaultSubject: string;
}

export function NewQuestionForm({ courseId, quizId, current, defaultSubject }: NewQuestionFormProps) {
  const [draft, setDraft] = useState<QuestionDraft>(() => emptyQuestion(defaultSubject));
  const [problems, setProblems] = useState<QuestionProblems>({});
  const [createQuestion] = useMutation(CreateQuestion);
  const [setQuestions] = useMutation(SetQuizQuestions);
  const action = useBusyAction(async () => {
    const found = questionProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const { data } = await createQuestion({ variables: { courseId, input: createQuestionInputOf(draft) } });
    if (!data) return;
    await setQuestions({ variables: { quizId, questions: [...current, { questionId: data.createQuestion.id, points: Number(draft.points) }] } });
    setAdded(draft.prompt.trim());
    setDraft(emptyQuestion(draft.subject));
  });
  const [added, setAdded] = useState<string | null>(null);
  const graph = inputErrorsOf(action.error, ['prompt', 'options', 'answerKey', 'topic', 'subject', 'questions']);
  const set = <K extends keyof QuestionDraft>(field: K, value: QuestionDraft[K]) => {
    setDraft((existing) => ({ ...existing, [field]: value }));
    setAdded(null);
  };
  const setOption = (index: number, change: Partial<QuestionDraft['options'][number]>) =>
    set(
      'options',
      draft.options.map((option, at) => {
        if (at === index) return { ...option, ...change };
        // One answer only: marking one unmarks the others.
        if (change.correct && draft.type === 'multiple_choice_single') return { ...option, correct: false };
        return option;
      }),
    );
  const setCriterion = (index: number, change: Partial<QuestionDraft['rubric'][number]>) => set('rubric', draft.rubric.map((criterion, at) => (at === index ? { ...criterion, ...change } : criterion)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New question">
      <SelectField label="Question type" value={draft.type} onChange={(event) => set('type', event.target.value as QuestionType)}>
        {QUESTION_TYPES.map((type) => (
          <option key={type.value} value={type.value}>
            {type.label}
          </option>
        ))}
      </SelectField>
      <TextArea label="Question" value={draft.prompt} error={problems.prompt ?? graph.fields.prompt} onChange={(event) => set('prompt', event.target.value)} />

      {isChoice(draft.type) && (
        <fieldset className="instructor-fieldset">
          <legend>Options {draft.type === 'multiple_choice_single' ? '(mark the one correct answer)' : '(mark every correct answer)'}</legend>
          <ol className="instructor-options">
            {draft.options.map((option, index) => (
              <li key={option.id} className="instructor-option">
                <TextField label={`Option ${option.id.toUpperCase()}`} value={option.text} onChange={(event) => setOption(index, { text: event.target.value })} />
                <label>
                  <input
                    type={draft.type === 'multiple_choice_single' ? 'radio' : 'checkbox'}
                    name="correct-option"
                    checked={option.correct}
                    onChange={(event) => setOption(index, { correct: event.target.checked })}
                  />{' '}
                  Correct answer: option {option.id.toUpperCase()}
                </label>
                <button
                  type="button"
                  className="instructor-link-button instructor-link-button--danger"
                  disabled={draft.options.length <= 2}
                  onClick={() => set('options', draft.options.filter((_, at) => at !== index))}
                >
                  Remove option {option.id.toUpperCase()}
                </button>
              </li>
            ))}
          </ol>
          <Button type="button" variant="secondary" disabled={draft.options.length >= 20} onClick={() => set('options', [...draft.options, { id: nextOptionId(draft.options), text: '', correct: false }])}>
            Add an option
          </Button>
          {(problems.options ?? graph.fields.options) && (
            <p className="field__error" role="alert">
              {problems.options ?? graph.fields.options}
            </p>
          )}
        </fieldset>
      )}

      {draft.type === 'true_false' && (
        <fieldset className="instructor-fieldset">
          <legend>The statement is</legend>
          <label>
            <input type="radio" name="true-false" checked={draft.trueFalseAnswer === 'true'} onChange={() => set('trueFalseAnswer', 'true')} /> True
          </label>{' '}
          <label>
            <input type="radio" name="true-false" checked={draft.trueFalseAnswer === 'false'} onChange={() => set('trueFalseAnswer', 'false')} /> False
          </label>
        </fieldset>
      )}

      {draft.type === 'short_answer' && (
        <>
          <TextArea label="Accepted answers" hint="One per line." value={draft.acceptedAnswers} onChange={(event) => set('acceptedAnswers', event.target.value)} />
          <div className="field">
            <label>
              <input type="checkbox" checked={draft.caseSensitive} onChange={(event) => set('caseSensitive', event.target.checked)} /> Letter case must match
            </label>
          </div>
        </>
      )}

      {draft.type === 'essay' && (
        <fieldset className="instructor-fieldset">
          <legend>Rubric</legend>
          <ol className="instructor-options">
            {draft.rubric.map((criterion, index) => (
              <li key={criterion.id} className="instructor-option">
                <TextField label={`Criterion ${index + 1}`} value={criterion.title} onChange={(event) => setCriterion(index, { title: event.target.value })} />
                <TextField label={`Points for criterion ${index + 1}`} inputMode="numeric" value={criterion.points} onChange={(event) => setCriterion(index, { points: event.target.value })} />
                <button type="button" className="instructor-link-button instructor-link-button--danger" disabled={draft.rubric.length <= 1} onClick={() => set('rubric', draft.rubric.filter((_, at) => at !== index))}>
                  Remove criterion {index + 1}
                </button>
              </li>
            ))}
          </ol>
          <Button type="button" variant="secondary" onClick={() => set('rubric', [...draft.rubric, { id: `c${Date.now().toString(36)}`, title: '', points: '' }])}>
            Add a criterion
          </Button>
          {problems.rubric && (
            <p className="field__error" role="alert">
              {problems.rubric}
            </p>
          )}
          <TextField label="Word limit (optional)" inputMode="numeric" value={draft.maxWords} error={problems.maxWords} onChange={(event) => set('maxWords', event.target.value)} />
        </fieldset>
      )}

      {(problems.answer ?? graph.fields.answerKey) && (
        <p className="field__error" role="alert">
          {problems.answer ?? graph.fields.answerKey}
        </p>
      )}
      <div className="instructor-row">
        <TextField label="Points" inputMode="numeric" value={draft.points} error={problems.points ?? graph.fields.questions} onChange={(event) => set('points', event.target.value)} />
        <TextField label="Topic" value={draft.topic} error={problems.topic ?? graph.fields.topic} onChange={(event) => set('topic', event.target.value)} />
        <TextField label="Subject" value={draft.subject} error={problems.subject ?? graph.fields.subject} onChange={(event) => set('subject', event.target.value)} />
      </div>
      <Button type="submit" busy={action.busy}>
        {action.busy ? 'Adding…' : 'Add question to the quiz'}
      </Button>
      {graph.general && <Alert>{graph.general}</Alert>}
      {added && <Alert tone="success">Question added: {added}</Alert>}
    </form>
  );
}
