// The verses in my deck with how well I know each and when it is due; a verse can be removed.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { Empty, ErrorState, Loading } from '../../../ui/States';

export const MyDeckQuery = graphql(`
  query MyDeck {
    myDeck {
      id
      state
      due
      mastery
      reps
      verse {
        id
        reference
        translation
      }
    }
  }
`);

const RemoveVerseMutation = graphql(`
  mutation RemoveVerseFromDeck($verseId: ID!) {
    removeVerseFromDeck(verseId: $verseId)
  }
`);

export function MyDeck() {
  const { data, loading, error } = useQuery(MyDeckQuery, { fetchPolicy: 'cache-and-network' });
  const [remove, removing] = useMutation(RemoveVerseMutation, { refetchQueries: ['MyDeck', 'MemoryVerses'] });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const deck = data?.myDeck;

  const removeVerse = async (verseId: string, reference: string) => {
    setNotice(null);
    try {
      await remove({ variables: { verseId } });
      setNotice({ ok: true, text: `${reference} is out of your deck.` });
    } catch (removeError) {
      setNotice({ ok: false, text: messageOf(removeError) });
    }
  };

  return (
    <section className="card" aria-labelledby="deck-heading">
      <h2 id="deck-heading">My deck</h2>
      {notice && <Alert tone={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>}
      {loading && !deck ? (
        <Loading label="Loading your deck…" />
      ) : error && !deck ? (
        <ErrorState error={error} />
      ) : !deck || deck.length === 0 ? (
        <Empty title="Your deck is empty." />
      ) : (
        <ul className="spiritual-list" aria-label="Verses in my deck">
          {deck.map((card) => (
            <li key={card.id} className="spiritual-deck-card">
              <p>
                <strong>{card.verse.reference}</strong> <span className="muted">({card.verse.translation})</span>
              </p>
              <p className="muted">
                {card.state === 'new' ? 'New' : `Known ${card.mastery}%`} · due {formatDateTime(card.due)}
              </p>
              <Button variant="secondary" busy={removing.loading} onClick={() => void removeVerse(card.verse.id, card.verse.reference)} aria-label={`Remove ${card.verse.reference}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
