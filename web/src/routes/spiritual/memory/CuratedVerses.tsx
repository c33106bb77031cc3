// The curated verses anyone can learn; adding one puts it in my deck, due at once.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { messageOf } from '../../../ui/error-message';
import { Empty, ErrorState, Loading } from '../../../ui/States';

const MemoryVersesQuery = graphql(`
  query MemoryVerses {
    memoryVerses {
      id
      reference
      translation
      text
    }
    myDeck {
      id
      verse {
        id
      }
    }
  }
`);

const AddVerseMutation = graphql(`
  mutation AddVerseToDeck($verseId: ID!) {
    addVerseToDeck(verseId: $verseId) {
      id
    }
  }
`);

export function CuratedVerses({ onAdded }: { onAdded: () => void }) {
  const { data, loading, error } = useQuery(MemoryVersesQuery, { fetchPolicy: 'cache-and-network' });
  const [add, adding] = useMutation(AddVerseMutation, { refetchQueries: ['MemoryVerses', 'MyDeck'] });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const inDeck = new Set(data?.myDeck.map((card) => card.verse.id) ?? []);

  const addVerse = async (verseId: string, reference: string) => {
    setNotice(null);
    try {
      await add({ variables: { verseId } });
      setNotice({ ok: true, text: `${reference} is in your deck, ready to review.` });
      onAdded();
    } catch (addError) {
      setNotice({ ok: false, text: messageOf(addError) });
    }
  };

  return (
    <section className="card" aria-labelledby="verses-heading">
      <h2 id="verses-heading">Verses to learn</h2>
      {notice && <Alert tone={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>}
      {loading && !data ? (
        <Loading label="Loading verses…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : !data || data.memoryVerses.length === 0 ? (
        <Empty title="No verses are offered yet." />
      ) : (
        <ul className="spiritual-list" aria-label="Curated verses">
          {data.memoryVerses.map((verse) => (
            <li key={verse.id} className="spiritual-verse">
              <p>
                <strong>{verse.reference}</strong> <span className="muted">({verse.translation})</span>
              </p>
              <p>{verse.text}</p>
              {inDeck.has(verse.id) ? (
                <p className="badge">In my deck</p>
              ) : (
                <Button variant="secondary" busy={adding.loading} onClick={() => void addVerse(verse.id, verse.reference)} aria-label={`Add ${verse.reference} to my deck`}>
                  Add to my deck
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
