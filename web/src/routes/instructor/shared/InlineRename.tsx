// Renaming something in place: a "Rename" button opens a labelled field with Save and Cancel; Escape
// cancels. The graph's message, if it refuses, stays next to the field.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { inputErrorsOf } from './input-errors';
import { useBusyAction } from '../../../ui/use-busy-action';

interface InlineRenameProps {
  /** What is renamed, e.g. "module Grammar"; used in the button's and field's names. */
  subject: string;
  value: string;
  onSave(title: string): Promise<unknown>;
}

export function InlineRename({ subject, value, onSave }: InlineRenameProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useBusyAction(async () => {
    await onSave(title.trim());
    setEditing(false);
  });
  const errors = inputErrorsOf(save.error, ['title']);

  if (!editing) {
    return (
      <button
        type="button"
        className="instructor-link-button"
        aria-label={`Rename ${subject}`}
        onClick={() => {
          setTitle(value);
          setProblem(null);
          save.reset();
          setEditing(true);
        }}
      >
        Rename
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (title.trim() === '') {
      setProblem('Enter a title.');
      return;
    }
    setProblem(null);
    void save.run();
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setEditing(false);
  };
  return (
    <form className="instructor-inline-form" onSubmit={submit} onKeyDown={cancelOnEscape} aria-label={`Rename ${subject}`}>
      <TextField label={`New title for ${subject}`} value={title} autoFocus error={problem ?? errors.fields.title ?? errors.general} onChange={(event) => setTitle(event.target.value)} />
      <div className="actions">
        <Button type="submit" busy={save.busy}>
          Save title
        </Button>
        <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
