// Input rules for messages and reactions, pure so they are unit-tested on their own.
import { retryAfterSeconds as retryAfterWindow } from '../../../kit/src/rate-window';
import { badInput } from '../../../kit/src/errors';

export const MESSAGE_BODY_MAX = 4000;
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;

/** Sending is limited per person across every channel, counted in the database so it holds across instances. */
export const SEND_RATE_LIMIT = { messages: 20, windowSeconds: 10 } as const;

/** Returns the body to store (trailing whitespace kept, as Markdown may need it); throws BAD_USER_INPUT. */
export function checkMessageBody(body: string): string {
  if (body.trim().length === 0) throw badInput('Write something before sending: the message is empty.', 'body');
  if (body.length > MESSAGE_BODY_MAX) {
    throw badInput(`The message is ${body.length} characters; the limit is ${MESSAGE_BODY_MAX}. Shorten it or split it in two.`, 'body');
  }
  return body;
}

const SHORT_NAME = /^:[a-z0-9_+-]{1,30}:$/;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A reaction is one emoji grapheme (including skin tones, ZWJ sequences, flags and keycaps) or a
 * `:short_name:` of lower-case letters, digits, "_", "+" and "-", at most 32 characters with the colons.
 */
export function isValidReactionEmoji(emoji: string): boolean {
  if (SHORT_NAME.test(emoji)) return true;
  if (emoji.length === 0 || emoji.length > 32) return false;
  const graphemes = [...segmenter.segment(emoji)];
  return graphemes.length === 1 && PICTOGRAPHIC.test(emoji);
}

export function checkReactionEmoji(emoji: string): string {
  if (!isValidReactionEmoji(emoji)) {
    throw badInput('React with a single emoji such as 👍 or a short name such as :thumbs_up: (at most 32 characters).', 'emoji');
  }
  return emoji;
}

/** Seconds until the oldest message in the window leaves it (at least 1). */
export function retryAfterSeconds(oldestInWindow: Date, now: Date, windowSeconds: number = SEND_RATE_LIMIT.windowSeconds): number {
  return retryAfterWindow(oldestInWindow, now, windowSeconds);
}
