// Deleting in two deliberate steps: "Delete" asks, "Yes, delete" does it. The graph's refusal is shown.
import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';

interface ConfirmDeleteProps {
  /** What is deleted, e.g. "lecture Greetings"; said in the buttons' names. */
  subject: string;
  /** What happens to it, e.g. "Students' progress is kept." */
  consequence?: string;
  onDelete(): Promise<unknown>;
}

export function ConfirmDelete({ subject, consequence, onDelete }: ConfirmDeleteProps) {
  const [asking, setAsking] = useState(false);
  const remove = useBusyAction(onDelete);
  if (!asking) {
    return (
      <button type="button" className="instructor-link-button instructor-link-button--danger" aria-label={`Delete ${subject}`} onClick={() => setAsking(true)}>
        Delete
      </button>
    );
  }
  return (
    <div className="instructor-confirm" role="group" aria-label={`Delete ${subject}?`}>
      <p>
        Delete {subject}? {consequence}
      </p>
      <div className="actions">
        <Button type="button" variant="danger" busy={remove.busy} onClick={() => void remove.run()}>
          Yes, delete {subject}
        </Button>
        <Button type="button" variant="secondary" disabled={remove.busy} onClick={() => setAsking(false)}>
          Keep it
        </Button>
      </div>
      {remove.error ? <Alert>{messageOf(remove.error)}</Alert> : null}
    </div>
  );
}
