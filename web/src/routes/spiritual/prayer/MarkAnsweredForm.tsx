// Records that one of my prayers was answered, with an optional testimony.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { TextArea } from '../../../ui/TextArea';

const MarkPrayerAnsweredMutation = graphql(`
  mutation MarkPrayerAnswered($entryId: ID!, $testimony: String) {
    markPrayerAnswered(entryId: $entryId, testimony: $testimony) {
      id
      ...PrayerEntryCard_PrayerEntry
    }
  }
`);

export function MarkAnsweredForm({ entryId, onDone, onCancel }: { entryId: string; onDone: (message: string) => void; onCancel: () => void }) {
  const [testimony, setTestimony] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [markAnswered, { loading }] = useMutation(MarkPrayerAnsweredMutation);
  const testimonyProblem = fieldProblemsOf(failure).find((problem) => problem.field === 'testimony')?.message ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      await markAnswered({ variables: { entryId, testimony: testimony.trim() || null } });
      onDone('Praise God: the prayer is marked answered.');
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Mark as answered">
      <TextArea label="How was it answered? (optional)" maxLength={5000} value={testimony} onChange={(event) => setTestimony(event.target.value)} error={testimonyProblem} />
      {failure !== null && !testimonyProblem && <Alert>{messageOf(failure)}</Alert>}
      <div className="actions">
        <Button type="submit" busy={loading}>
          {loading ? 'Saving…' : 'Mark as answered'}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
