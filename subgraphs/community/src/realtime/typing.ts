// Typing indicators: announced at most once per person per channel per interval, so a client may call
// setTyping on every keystroke; the indicator lasts a little longer than the interval so it does not
// flicker between announcements.
import type { PubSub } from '../../../kit/src/pubsub';
import { publishTypingEvent, type TypingEvent } from './topics';

/** At most one typing event per person per channel in this many milliseconds. */
export const TYPING_THROTTLE_MS = 3_000;
/** How long clients show an indicator after the last announcement. */
export const TYPING_INDICATOR_MS = 6_000;

export interface TypingThrottleOptions {
  /** Minimum time between two announcements of the same person in the same channel. @default 3000 */
  intervalMs?: number;
}

/**
 * Remembers when each person last announced typing in each channel. The memory is per process: with
 * several instances behind a load balancer a person may be announced once per instance per interval,
 * which only makes the indicator a little chattier.
 */
export class TypingThrottle {
  private readonly lastAnnounced = new Map<string, number>();
  private readonly intervalMs: number;

  constructor(options: TypingThrottleOptions = {}) {
    this.intervalMs = options.intervalMs ?? TYPING_THROTTLE_MS;
  }

  /** True (and remembered) when the person may be announced now; false while the last one is fresh. */
  tryAnnounce(channelId: string, userId: string, now: number): boolean {
    const key = `${channelId}:${userId}`;
    const last = this.lastAnnounced.get(key);
    if (last !== undefined && now - last < this.intervalMs) return false;
    this.lastAnnounced.set(key, now);
    if (this.lastAnnounced.size > 10_000) this.forgetStale(now);
    return true;
  }

  /**
   * Forgets the person's last announcement in the channel: once their message is sent they are no
   * longer typing, so the next keystroke announces them again at once.
   */
  forget(channelId: string, userId: string): void {
    this.lastAnnounced.delete(`${channelId}:${userId}`);
  }

  private forgetStale(now: number): void {
    for (const [key, at] of this.lastAnnounced) if (now - at >= this.intervalMs) this.lastAnnounced.delete(key);
  }
}

/** This process's memory of typing announcements, shared by setTyping and sendMessage. */
export const typingThrottle = new TypingThrottle();

export interface AnnounceTypingInput {
  channelId: string;
  userId: string;
  now: Date;
}

/** Publishes a typing event unless the throttle holds it back; returns whether it was published. */
export async function announceTyping(pubsub: PubSub, throttle: TypingThrottle, input: AnnounceTypingInput): Promise<TypingEvent | null> {
  if (!throttle.tryAnnounce(input.channelId, input.userId, input.now.getTime())) return null;
  const event: TypingEvent = {
    channelId: input.channelId,
    userId: input.userId,
    expiresAt: new Date(input.now.getTime() + TYPING_INDICATOR_MS).toISOString(),
  };
  await publishTypingEvent(pubsub, event);
  return event;
}
