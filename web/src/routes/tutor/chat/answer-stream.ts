// What the chat knows about answers being written: the text so far and how each ended, built from
// tutorStream events. Pure, so the order rules live in one place: events are applied once each, in
// sequence order, and the final event's stored content wins over the deltas summed so far.
import type { TutorMessageStatus } from '../../../gql/graphql';

export interface StreamedAnswer {
  text: string;
  /** The last sequence number applied; later events only. */
  seq: number;
  done: boolean;
  status: TutorMessageStatus;
  offline: boolean;
  error: string | null;
}

export interface AnswerStreamEvent {
  messageId: string;
  seq: number;
  delta: string;
  done: boolean;
  status: TutorMessageStatus;
  offline: boolean;
  content?: string | null;
  error?: { message: string } | null;
}

export type StreamedAnswers = Readonly<Record<string, StreamedAnswer>>;

export function applyStreamEvent(answers: StreamedAnswers, event: AnswerStreamEvent): StreamedAnswers {
  const previous = answers[event.messageId];
  if (previous && (previous.done || event.seq <= previous.seq)) return answers;
  const text = event.done && typeof event.content === 'string' ? event.content : (previous?.text ?? '') + event.delta;
  return {
    ...answers,
    [event.messageId]: {
      text,
      seq: event.seq,
      done: event.done,
      status: event.status,
      offline: event.offline || (previous?.offline ?? false),
      error: event.error?.message ?? previous?.error ?? null,
    },
  };
}

/** Marks an answer as ended by the student with the text the graph kept. */
export function markCancelled(answers: StreamedAnswers, messageId: string, content: string): StreamedAnswers {
  const previous = answers[messageId];
  return {
    ...answers,
    [messageId]: { text: content, seq: previous?.seq ?? Number.MAX_SAFE_INTEGER, done: true, status: 'cancelled', offline: previous?.offline ?? false, error: null },
  };
}
