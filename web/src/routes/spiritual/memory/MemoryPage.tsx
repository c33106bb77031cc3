// /spiritual/memory: scripture memory. Today's review of flip cards first, then my deck and the curated
// verses to add to it. Adding a verse starts the review again so the new card is in it.
import { useState } from 'react';
import { SpiritualNav } from '../shared/SpiritualNav';
import { CuratedVerses } from './CuratedVerses';
import { MyDeck } from './MyDeck';
import { ReviewSession } from './ReviewSession';
import '../spiritual.css';

export function MemoryPage() {
  const [round, setRound] = useState(0);
  return (
    <>
      <h1>Scripture memory</h1>
      <SpiritualNav />
      <ReviewSession key={round} />
      <div className="spiritual-layout">
        <CuratedVerses onAdded={() => setRound((current) => current + 1)} />
        <MyDeck />
      </div>
    </>
  );
}
