// A consequential action that asks once more in the page (no browser dialog): the first button opens a
// short confirmation with its own buttons, and focus moves to the question.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../../ui/Button';

interface ConfirmActionProps {
  /** The first button's label, e.g. "Withdraw application". */
  label: string;
  /** The question asked before acting. */
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  variant?: 'primary' | 'danger' | 'secondary';
  busy?: boolean;
  /** Extra inputs shown with the question (e.g. a reason). */
  children?: ReactNode;
  onConfirm(): Promise<unknown> | void;
}

export function ConfirmAction({ label, question, confirmLabel, cancelLabel = 'Cancel', variant = 'danger', busy, children, onConfirm }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <Button variant={variant === 'primary' ? 'primary' : 'secondary'} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="admissions-confirm">
      <p ref={questionRef} tabIndex={-1} className="admissions-confirm__question">
        {question}
      </p>
      {children}
      <div className="actions">
        <Button variant={variant} busy={busy} onClick={() => void Promise.resolve(onConfirm()).then(() => setAsking(false), () => undefined)}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
