// The pub/sub topics of a tutoring conversation and what travels on them. Deltas are published in order
// by one generator per answer; subscribers on any instance receive them through the shared PubSub.
import type { TutorMessageStatus } from '../../../kit/src/db';
import type { PubSub } from '../../../kit/src/pubsub';
import type { Citation } from '../content/passage';

export interface TutorStreamEvent {
  messageId: string;
  /** 0, 1, 2… per answer, so a client can tell a gap or a repeat. */
  seq: number;
  delta: string;
  done: boolean;
  /** `pending` while streaming; how the answer ended on the final event. */
  status: TutorMessageStatus;
  offline: boolean;
  /** On the final event: tokens the answer used. */
  usage: { promptTokens: number; completionTokens: number; totalTokens: number } | null;
  /** On the final event when no full answer came. */
  error: { code: string; message: string } | null;
  /** On the final event: the whole stored answer, so a client that joined late has all of it. */
  content: string | null;
  citations: Citation[] | null;
}

export const tutorTopics = {
  session: (sessionId: string) => `tutor.session.${sessionId}`,
  /** Cancels the generation of one answer in whichever process runs it. */
  cancel: (messageId: string) => `tutor.cancel.${messageId}`,
};

/**
 * Publishes one answer's events strictly in the order they were produced, without making the producer
 * wait on the network for each delta.
 */
export class OrderedPublisher {
  private tail: Promise<void> = Promise.resolve();
  private failed: unknown = null;

  constructor(
    private readonly pubsub: PubSub,
    private readonly topic: string,
  ) {}

  publish(event: TutorStreamEvent): void {
    this.tail = this.tail.then(async () => {
      try {
        await this.pubsub.publish(this.topic, event);
      } catch (error) {
        this.failed ??= error;
      }
    });
  }

  /** Resolves when everything published so far has been handed to the pub/sub. */
  async flushed(): Promise<void> {
    await this.tail;
  }

  get lastError(): unknown {
    return this.failed;
  }
}
