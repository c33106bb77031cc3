// Live streams of a members-only channel end when the viewer stops being a member: the stream's last
// event is a refusal (FORBIDDEN), so a removed person never keeps reading a private conversation.
// Public channels are readable without membership, so their streams are not guarded.
import { forbidden } from '../../../kit/src/errors';
import type { PubSub } from '../../../kit/src/pubsub';
import { endPromptly } from './live-stream';
import { topics, type MembershipEvent } from './topics';

/** The event a guarded stream ends with; field resolvers turn it into the refusal. */
export class AccessEnded {
  readonly message = 'You are no longer a member of this channel, so its live updates stopped.';
}

export interface MembershipGuard {
  pubsub: PubSub;
  channelId: string;
  userId: string;
  /** False for public channels and admins, whose reading does not depend on membership. */
  enforce: boolean;
}

export function untilMembershipEnds<T>(guard: MembershipGuard, stream: AsyncIterableIterator<T>): AsyncIterableIterator<T | AccessEnded> {
  if (!guard.enforce) return stream;
  const membership = guard.pubsub.subscribe<MembershipEvent>(topics.channelMembership(guard.channelId));
  const removal = (async () => {
    for await (const event of membership) if (event.userId === guard.userId) return true;
    return false;
  })();

  async function* guarded(): AsyncGenerator<T | AccessEnded> {
    try {
      for (;;) {
        const winner = await Promise.race([
          stream.next().then((result) => ({ kind: 'event' as const, result })),
          removal.then((removed) => ({ kind: 'removal' as const, removed })),
        ]);
        if (winner.kind === 'removal') {
          if (winner.removed) yield new AccessEnded();
          return;
        }
        if (winner.result.done) return;
        yield winner.result.value;
      }
    } finally {
      await membership.return?.();
      await stream.return?.();
    }
  }

  return endPromptly(guarded(), () => {
    void membership.return?.();
    void stream.return?.();
  });
}

/** For resolvers of guarded streams: the event itself, or the refusal that ends the stream. */
export function refuseEnded<T>(event: T | AccessEnded): T {
  if (event instanceof AccessEnded) throw forbidden(event.message);
  return event;
}
