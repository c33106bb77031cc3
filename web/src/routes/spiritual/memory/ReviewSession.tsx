// Today's review: the queue (due cards, then new ones) taken once when the session starts, one flip card
// at a time; after flipping I rate my recall, the graph schedules the card's next review, and the next
// card comes, until the finished state says when the card is due again.
import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { MemoryReviewRating } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { plural } from '../shared/plural';
import { browserTimeZone } from '../shared/time-zone';
import { FlipCard } from './FlipCard';
import { RATINGS } from './ratings';

export const ReviewQueueQuery = graphql(`
  query MyReviewQueue($timezone: String!) {
    myReviewQueue(timezone: $timezone) {
      id
      state
      due
      verse {
        id
        reference
        translation
        text
      }
    }
  }
`);

const ReviewCardMutation = graphql(`
  mutation ReviewMemoryCard($cardId: ID!, $rating: MemoryReviewRating!, $timezone: String!) {
    reviewMemoryCard(cardId: $cardId, rating: $rating, timezone: $timezone) {
      id
      state
      due
      reps
      lapses
      mastery
      scheduledDays
      lastReview
    }
  }
`);

export function ReviewSession() {
  const timezone = browserTimeZone();
  const { data, loading, error, refetch } = useQuery(ReviewQueueQuery, { variables: { timezone }, fetchPolicy: 'network-only' });
  const [review, reviewing] = useMutation(ReviewCardMutation, { refetchQueries: ['MyDeck'] });
  const [position, setPosition] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [lastNext, setLastNext] = useState<{ reference: string; due: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const cardButton = useRef<HTMLButtonElement>(null);

  if (loading && !data) return <Loading label="Gathering today’s cards…" />;
  if (error && !data) return <ErrorState error={error} />;
  const queue = data?.myReviewQueue ?? [];
  const card = queue[position];

  const restart = async () => {
    await refetch();
    setPosition(0);
    setFlipped(false);
    setLastNext(null);
  };

  const rate = async (rating: MemoryReviewRating) => {
    if (!card) return;
    setFailure(null);
    try {
      const result = await review({ variables: { cardId: card.id, rating, timezone } });
      const reviewed = result.data?.reviewMemoryCard;
      if (reviewed) setLastNext({ reference: card.verse.reference, due: reviewed.due });
      setPosition((current) => current + 1);
      setFlipped(false);
      cardButton.current?.focus();
    } catch (reviewError) {
      setFailure(messageOf(reviewError));
    }
  };

  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      {queue.length === 0 ? (
        <Empty title="Nothing to review right now.">
          <p>Add a verse to your deck below; new cards are ready at once.</p>
        </Empty>
      ) : !card ? (
        <div role="status">
          <p className="empty__title">All done for now: {plural(queue.length, 'card')} reviewed.</p>
          {lastNext && (
            <p className="muted">
              {lastNext.reference} comes back {formatDateTime(lastNext.due)}.
            </p>
          )}
          <div className="actions">
            <Button variant="secondary" onClick={() => void restart()}>
              Check for more cards
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            Card {position + 1} of {queue.length}
            {card.state === 'new' ? ' · new' : ''}
            {lastNext ? ` · ${lastNext.reference} comes back ${formatDateTime(lastNext.due)}` : ''}
          </p>
          <FlipCard
            buttonRef={cardButton}
            reference={card.verse.reference}
            translation={card.verse.translation}
            text={card.verse.text}
            flipped={flipped}
            onFlip={() => setFlipped((current) => !current)}
          />
          {failure && <Alert>{failure}</Alert>}
          {flipped ? (
            <div className="spiritual-ratings" role="group" aria-label="How well did you remember it?">
              {RATINGS.map((rating) => (
                <Button key={rating.value} variant={rating.value === 'again' ? 'secondary' : 'primary'} busy={reviewing.loading} onClick={() => void rate(rating.value)}>
                  {rating.label}
                  <small>{rating.hint}</small>
                </Button>
              ))}
            </div>
          ) : (
            <p className="muted">Say the verse to yourself, then flip the card to check.</p>
          )}
        </>
      )}
    </section>
  );
}
