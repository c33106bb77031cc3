// The blocked-words list (admins only): content containing one of these is held for moderation.
// Adding and removing a word are announced; the graph's message shows at the word field.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formErrorsOf } from '../../../ui/form-errors';
import { useBusyAction } from '../../../ui/use-busy-action';

const BlockedWords = graphql(`
  query BlockedWords {
    blockedWords
  }
`);

const AddBlockedWord = graphql(`
  mutation AddBlockedWord($word: String!) {
    addBlockedWord(word: $word)
  }
`);

const RemoveBlockedWord = graphql(`
  mutation RemoveBlockedWord($word: String!) {
    removeBlockedWord(word: $word)
  }
`);

export function BlockedWordsPanel() {
  const { data, loading, error } = useQuery(BlockedWords);
  const [word, setWord] = useState('');
  const [message, setMessage] = useState('');
  const [addWord] = useMutation(AddBlockedWord, { refetchQueries: ['BlockedWords'], awaitRefetchQueries: true });
  const [removeWord] = useMutation(RemoveBlockedWord, { refetchQueries: ['BlockedWords'], awaitRefetchQueries: true });
  const adding = useBusyAction(async () => {
    const result = await addWord({ variables: { word: word.trim() } });
    setMessage(`“${result.data?.addBlockedWord ?? word.trim()}” is now blocked.`);
    setWord('');
  });
  const [removing, setRemoving] = useState<string | null>(null);
  const removal = useBusyAction(async (target: string) => {
    setRemoving(target);
    await removeWord({ variables: { word: target } });
    setMessage(`“${target}” is no longer blocked.`);
  });
  const addErrors = formErrorsOf(adding.error, ['word']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    if (word.trim()) void adding.run();
  };

  return (
    <section aria-labelledby="blocked-words-heading" className="card blocked-words-panel">
      <h2 id="blocked-words-heading">Blocked words</h2>
      <p className="muted">Posts, comments and messages containing one of these are held until a moderator decides.</p>
      <StatusMessage message={message} />
      <form onSubmit={submit}>
        <TextField label="Word or phrase to block" value={word} onChange={(event) => setWord(event.target.value)} error={addErrors.fields.word ?? null} required />
        {addErrors.general && <Alert>{addErrors.general}</Alert>}
        <div className="actions">
          <Button type="submit" busy={adding.busy}>
            {adding.busy ? 'Adding…' : 'Add word'}
          </Button>
        </div>
      </form>
      {removal.error ? <ErrorState error={removal.error} /> : null}
      {loading && !data ? (
        <Loading label="Loading blocked words…" />
      ) : error ? (
        <ErrorState error={error} />
      ) : !data || data.blockedWords.length === 0 ? (
        <Empty title="No words are blocked" />
      ) : (
        <ul className="blocked-words" aria-label="Blocked words">
          {data.blockedWords.map((blocked) => (
            <li key={blocked}>
              <span>{blocked}</span>
              <Button
                type="button"
                variant="secondary"
                busy={removal.busy && removing === blocked}
                disabled={removal.busy}
                aria-label={`Unblock “${blocked}”`}
                onClick={() => {
                  setMessage('');
                  void removal.run(blocked);
                }}
              >
                Unblock
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
