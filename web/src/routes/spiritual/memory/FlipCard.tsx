// A memory card that turns over: the reference on the front, the verse on the back. It is a toggle
// button, so a click, Enter or Space flips it, and the side now showing is announced.
import type { Ref } from 'react';

interface FlipCardProps {
  reference: string;
  translation: string;
  text: string;
  flipped: boolean;
  onFlip: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

export function FlipCard({ reference, translation, text, flipped, onFlip, buttonRef }: FlipCardProps) {
  return (
    <>
      <button ref={buttonRef} type="button" className="spiritual-flip" aria-pressed={flipped} aria-label={flipped ? `${reference}: showing the verse. Flip back` : `${reference}: flip to show the verse`} onClick={onFlip}>
        <span className="spiritual-flip__inner">
          <span className="spiritual-flip__face spiritual-flip__face--front" aria-hidden={flipped}>
            <span className="spiritual-flip__reference">{reference}</span>
            <span className="muted">{translation} · say it from memory, then flip</span>
          </span>
          <span className="spiritual-flip__face spiritual-flip__face--back" aria-hidden={!flipped}>
            <span className="spiritual-flip__verse">{text}</span>
            <span className="muted">{reference}</span>
          </span>
        </span>
      </button>
      <p className="spiritual-sr-only" aria-live="polite">
        {flipped ? `The verse: ${text}` : `Front: ${reference}`}
      </p>
    </>
  );
}
