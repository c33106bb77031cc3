// Streams a finished text in word-sized pieces so an answer composed locally (the offline tutor)
// arrives the way a model's does, and a student's "stop" cuts it short just the same.
import { abortableDelay } from './abortable-delay';

export interface TextStreamOptions {
  /** Ends the stream early; what was already emitted stays emitted. */
  signal?: AbortSignal;
  /** Pause between pieces. @default 15 */
  pieceDelayMs?: number;
}

/** Splits text into pieces that rejoin to exactly the original: each word with the spaces after it. */
export function splitIntoPieces(text: string): string[] {
  return text.match(/\s+|\S+\s*/g) ?? [];
}

/** Emits `text` piece by piece through `onDelta`; resolves with the text actually emitted. */
export async function streamTextInPieces(
  text: string,
  onDelta: (piece: string) => void,
  { signal, pieceDelayMs = 15 }: TextStreamOptions = {},
): Promise<string> {
  let emitted = '';
  for (const [index, piece] of splitIntoPieces(text).entries()) {
    if (index > 0) await abortableDelay(pieceDelayMs, signal);
    if (signal?.aborted) break;
    onDelta(piece);
    emitted += piece;
  }
  return emitted;
}
