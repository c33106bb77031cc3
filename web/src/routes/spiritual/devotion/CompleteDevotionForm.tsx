// Marks today's devotion as finished, with private notes; finishing again only replaces the notes.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { messageOf } from '../../../ui/error-message';
import { TextArea } from '../../../ui/TextArea';
import { browserTimeZone } from '../shared/time-zone';

const CompleteDevotionMutation = graphql(`
  mutation CompleteTodayDevotion($devotionId: ID!, $notes: String!, $timezone: String!) {
    completeDevotion(devotionId: $devotionId, notes: $notes, timezone: $timezone) {
      localDate
      notes
      completedAt
      devotion {
        id
        myCompletion {
          localDate
          notes
          completedAt
        }
      }
    }
  }
`);

export function CompleteDevotionForm({ devotionId, done, savedNotes }: { devotionId: string; done: boolean; savedNotes: string }) {
  const [notes, setNotes] = useState(savedNotes);
  const [complete, { loading }] = useMutation(CompleteDevotionMutation, { refetchQueries: ['SpiritualToday'] });
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    try {
      await complete({ variables: { devotionId, notes, timezone: browserTimeZone() } });
      setOutcome({ ok: true, text: done ? 'Your notes are saved.' : 'Well done: today’s devotion is finished.' });
    } catch (error) {
      setOutcome({ ok: false, text: messageOf(error) });
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <TextArea label="My notes (only you can read them)" value={notes} maxLength={5000} onChange={(event) => setNotes(event.target.value)} />
      {outcome && <Alert tone={outcome.ok ? 'success' : 'error'}>{outcome.text}</Alert>}
      <div className="actions">
        <Button type="submit" busy={loading}>
          {loading ? 'Saving…' : done ? 'Save my notes' : 'Mark as finished'}
        </Button>
      </div>
    </form>
  );
}
