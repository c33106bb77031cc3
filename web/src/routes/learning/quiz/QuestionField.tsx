// The input for one attempt question, by its type: radio buttons (single choice, true/false),
// checkboxes (several choices), a text box (short answer) or a text area with a word count (essay).
import { useId } from 'react';
import type { QuestionType } from '../../../gql/graphql';
import { wordCount, type DraftAnswer } from './answers';

export interface AttemptQuestionView {
  id: string;
  position: number;
  type: QuestionType;
  prompt: string;
  points: number;
  options: { id: string; text: string }[];
  maxWords?: number | null;
}

interface QuestionFieldProps {
  question: AttemptQuestionView;
  answer: DraftAnswer;
  disabled: boolean;
  onChange(answer: DraftAnswer): void;
  /** Text answers are saved when the student leaves the box, not at every key. */
  onBlur(): void;
}

export function QuestionField({ question, answer, disabled, onChange, onBlur }: QuestionFieldProps) {
  const id = useId();
  const legend = (
    <legend>
      Question {question.position + 1}: {question.prompt} <span className="muted">({question.points === 1 ? '1 point' : `${question.points} points`})</span>
    </legend>
  );

  if (question.type === 'true_false') {
    return (
      <fieldset disabled={disabled}>
        {legend}
        {[true, false].map((value) => (
          <label key={String(value)} className="learning-choice">
            <input type="radio" name={id} checked={answer.value === value} onChange={() => onChange({ value })} />
            {value ? 'True' : 'False'}
          </label>
        ))}
      </fieldset>
    );
  }

  if (question.type === 'multiple_choice_single' || question.type === 'multiple_choice_multi') {
    const several = question.type === 'multiple_choice_multi';
    const chosen = new Set(answer.optionIds ?? []);
    return (
      <fieldset disabled={disabled}>
        {legend}
        {several ? <p className="field__hint">Choose every answer that applies.</p> : null}
        {question.options.map((option) => (
          <label key={option.id} className="learning-choice">
            <input
              type={several ? 'checkbox' : 'radio'}
              name={id}
              checked={chosen.has(option.id)}
              onChange={(event) => {
                if (!several) return onChange({ optionIds: [option.id] });
                const next = new Set(chosen);
                if (event.target.checked) next.add(option.id);
                else next.delete(option.id);
                onChange({ optionIds: [...next] });
              }}
            />
            {option.text}
          </label>
        ))}
      </fieldset>
    );
  }

  const text = answer.text ?? '';
  const essay = question.type === 'essay';
  return (
    <fieldset disabled={disabled}>
      {legend}
      <div className="field">
        <label htmlFor={`${id}-text`}>Your answer</label>
        {essay ? (
          <textarea id={`${id}-text`} value={text} onChange={(event) => onChange({ text: event.target.value })} onBlur={onBlur} aria-describedby={`${id}-words`} />
        ) : (
          <input id={`${id}-text`} type="text" value={text} onChange={(event) => onChange({ text: event.target.value })} onBlur={onBlur} />
        )}
        {essay ? (
          <p id={`${id}-words`} className="field__hint">
            {wordCount(text)} words{question.maxWords ? ` of at most ${question.maxWords}` : ''}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
