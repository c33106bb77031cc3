// "Ada is typing…" under the messages, announced politely; the line keeps its height so the page does
// not jump as people start and stop.
import type { TypingPerson } from './typing-people';
import { typingSentence } from './typing-people';

export function TypingIndicator({ people }: { people: readonly TypingPerson[] }) {
  return (
    <p className="typing muted" aria-live="polite" data-testid="typing-indicator">
      {typingSentence(people)}
    </p>
  );
}
