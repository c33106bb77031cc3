// One practice question, answered with the control its type needs (choices, true/false or text). After
// the answer the controls lock and the feedback shows in their place.
import { useState, type FormEvent } from 'react';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { EMPTY_DRAFT, isDraftComplete, toggleOption, type AnswerDraft } from './answer-draft';
import { PracticeFeedbackNote, type FeedbackLike } from './PracticeFeedbackNote';
import type { QuestionType } from '../../../gql/graphql';

export interface PracticeQuestionView {
  id: string;
  position: number;
  type: QuestionType;
  prompt: string;
  topic: string;
  options: readonly { id: string; text: string }[];
  feedback?: FeedbackLike | null;
}

interface QuestionCardProps {
  question: PracticeQuestionView;
  number: number;
  total: number;
  busy: boolean;
  error: string | null;
  onAnswer: (draft: AnswerDraft) => void;
}

export function QuestionCard({ question, number, total, busy, error, onAnswer }: QuestionCardProps) {
  const [draft, setDraft] = useState<AnswerDraft>(EMPTY_DRAFT);
  const answered = Boolean(question.feedback);
  const headingId = `question-${question.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isDraftComplete(question.type, draft)) onAnswer(draft);
  };
  const single = question.type === 'multiple_choice_single';

  return (
    <form className="card" onSubmit={submit} aria-labelledby={headingId}>
      <p className="muted">
        Question {number} of {total} · {question.topic}
      </p>
      <h2 id={headingId}>{question.prompt}</h2>
      {(question.type === 'multiple_choice_single' || question.type === 'multiple_choice_multi') && (
        <fieldset className="practice-options" disabled={answered || busy}>
          <legend>{single ? 'Choose one answer' : 'Choose every answer that applies'}</legend>
          {question.options.map((option) => (
            <label key={option.id}>
              <input
                type={single ? 'radio' : 'checkbox'}
                name={`answer-${question.id}`}
                checked={draft.optionIds.includes(option.id)}
                onChange={() => setDraft(toggleOption(draft, option.id, single))}
              />
              {option.text}
            </label>
          ))}
        </fieldset>
      )}
      {question.type === 'true_false' && (
        <fieldset className="practice-options" disabled={answered || busy}>
          <legend>True or false?</legend>
          {[true, false].map((value) => (
            <label key={String(value)}>
              <input type="radio" name={`answer-${question.id}`} checked={draft.value === value} onChange={() => setDraft({ ...draft, value })} />
              {value ? 'True' : 'False'}
            </label>
          ))}
        </fieldset>
      )}
      {question.type === 'short_answer' && (
        <TextField label="Your answer" value={draft.text} disabled={answered || busy} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />
      )}
      {question.type === 'essay' && <TextArea label="Your answer" value={draft.text} disabled={answered || busy} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {question.feedback ? (
        <PracticeFeedbackNote feedback={question.feedback} options={question.options} />
      ) : (
        <Button type="submit" busy={busy} disabled={!isDraftComplete(question.type, draft)}>
          {busy ? 'Checking…' : 'Check my answer'}
        </Button>
      )}
    </form>
  );
}
