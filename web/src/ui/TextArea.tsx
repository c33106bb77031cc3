// A labelled multi-line input with a live character count when it has a limit.
import { useId, type TextareaHTMLAttributes } from 'react';

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
}

export function TextArea({ label, hint, error, id, maxLength, value, ...rest }: TextAreaProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <p id={hintId} className="field__hint">
        {hint}
        {maxLength ? ` ${value.length.toLocaleString()} / ${maxLength.toLocaleString()} characters.` : ''}
      </p>
      <textarea id={inputId} value={value} maxLength={maxLength} aria-invalid={error ? true : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(' ')} {...rest} />
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
