// The pure rules of chat: bodies, reaction emoji, the rate limit's wait and cursors.
import { checkAttachment } from '../src/chat/attachments';
import { decodeMessageCursor, decodeSearchCursor, encodeMessageCursor, encodeSearchCursor } from '../src/chat/message-cursor';
import { checkMessageBody, isValidReactionEmoji, MESSAGE_BODY_MAX, retryAfterSeconds } from '../src/chat/message-rules';
import { directKeyOf } from '../src/chat/channels';

const channelId = '0f8fad5b-d9cb-469f-a165-70867728950e';

test('accepts a body of exactly the limit and refuses blank or longer ones', () => {
  expect(checkMessageBody('x'.repeat(MESSAGE_BODY_MAX))).toHaveLength(MESSAGE_BODY_MAX);
  expect(() => checkMessageBody(' \n\t ')).toThrow(/empty/);
  expect(() => checkMessageBody('x'.repeat(MESSAGE_BODY_MAX + 1))).toThrow(/limit is 4000/);
});

test.each(['👍', '👍🏽', '👨‍👩‍👧', '🇳🇱', '1️⃣', '❤️', ':thumbs_up:', ':+1:', `:${'a'.repeat(30)}:`])('accepts the reaction %s', (emoji) => {
  expect(isValidReactionEmoji(emoji)).toBe(true);
});

test.each(['', 'a', 'ok', '👍👍', ':Thumbs:', '::', `:${'a'.repeat(31)}:`, 'thumbs_up', '<b>', '1'])('refuses the reaction %j', (emoji) => {
  expect(isValidReactionEmoji(emoji)).toBe(false);
});

test('waits until the oldest message in the window leaves it, at least a second', () => {
  const now = new Date('2025-01-01T00:00:10.000Z');
  expect(retryAfterSeconds(new Date('2025-01-01T00:00:02.500Z'), now)).toBe(3);
  expect(retryAfterSeconds(new Date('2025-01-01T00:00:00.000Z'), now)).toBe(1);
});

test('a message cursor round-trips within its channel only', () => {
  const cursor = encodeMessageCursor(channelId, 42);
  expect(decodeMessageCursor(cursor, channelId, 'before')).toBe(42);
  expect(() => decodeMessageCursor(cursor, '7c9e6679-7425-40de-944b-e07fc1f90ae7', 'before')).toThrow(/does not come from/);
  expect(() => decodeMessageCursor('not a cursor!', channelId, 'before')).toThrow(/does not come from/);
  expect(() => decodeMessageCursor(Buffer.from(`msg:${channelId}:-1`).toString('base64url'), channelId, 'after')).toThrow(/does not come from/);
});

test('a search cursor round-trips and forged ones are refused', () => {
  expect(decodeSearchCursor(encodeSearchCursor(7))).toBe(7);
  expect(() => decodeSearchCursor(Buffer.from('search:x').toString('base64url'))).toThrow(/does not come from/);
});

test('a direct key is the same whoever opens the conversation', () => {
  expect(directKeyOf('b', 'a')).toBe('a:b');
  expect(directKeyOf('a', 'b')).toBe('a:b');
});

test('plain text attachments must be UTF-8 text, and images must be what they claim', () => {
  expect(checkAttachment(Buffer.from('Notes for Tuesday ✓'), 'text/plain; charset=utf-8')).toBe('text/plain');
  expect(() => checkAttachment(Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'text/plain')).toThrow(/not UTF-8 text/);
  expect(() => checkAttachment(Buffer.from('%PDF-1.4 ...'), 'text/plain')).toThrow(/not UTF-8 text/);
  expect(() => checkAttachment(Buffer.from('<svg/>'), 'image/svg+xml')).toThrow(/cannot be attached/);
  expect(() => checkAttachment(Buffer.from('hello'), 'image/png')).toThrow(/not a valid image\/png/);
});
