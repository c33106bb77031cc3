// Argument rules shared by the chat fields: malformed input is BAD_USER_INPUT before any resolver runs.
import { z } from 'zod';
import { MESSAGE_BODY_MAX } from '../../chat/message-rules';

export const idRule = (what: string) => z.uuid(`That is not a valid ${what} id.`);

export const messageBodyRule = z
  .string()
  .refine((body) => body.trim().length > 0, 'Write something before sending: the message is empty.')
  .refine((body) => body.length <= MESSAGE_BODY_MAX, `A message is at most ${MESSAGE_BODY_MAX} characters. Shorten it or split it in two.`);
