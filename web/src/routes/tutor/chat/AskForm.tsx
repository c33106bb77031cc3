// The question box under the chat: sends on the button (or Ctrl/Cmd+Enter), and while an answer is
// being written offers Stop instead of a second question.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';

const MAX_QUESTION = 4000;

interface AskFormProps {
  /** Sends the question; resolves true when the graph took it (the box then clears). */
  onAsk: (question: string) => Promise<boolean>;
  onStop: () => void;
  sending: boolean;
  answering: boolean;
  stopping: boolean;
}

export function AskForm({ onAsk, onStop, sending, answering, stopping }: AskFormProps) {
  const [question, setQuestion] = useState('');
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = question.trim();
    if (!trimmed || sending || answering) return;
    if (await onAsk(trimmed)) setQuestion('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  };
  return (
    <form className="tutor-ask" onSubmit={(event) => void submit(event)}>
      <TextArea
        label="Your question"
        hint="Markdown and $maths$ welcome. Ctrl+Enter sends."
        value={question}
        maxLength={MAX_QUESTION}
        rows={3}
        onChange={(event) => setQuestion(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="actions">
        <Button type="submit" busy={sending} disabled={answering || question.trim() === ''}>
          {sending ? 'Sending…' : 'Ask'}
        </Button>
        {answering && (
          <Button type="button" variant="danger" busy={stopping} onClick={onStop}>
            {stopping ? 'Stopping…' : 'Stop'}
          </Button>
        )}
      </div>
    </form>
  );
}
