// The rules the learning area's arguments follow, as zod schemas; messages are shown to people as-is.
import { z } from 'zod';
import { isUuid } from '../loaders';

/** The longest position accepted: a week of video, far beyond any lecture. */
export const MAX_POSITION_SECONDS = 7 * 24 * 3600;

export const idRule = (what: string) => z.string().refine(isUuid, `That is not a valid ${what} id. Use the id exactly as the API returned it.`);

export const positionSecondsRule = z
  .number()
  .int('positionSeconds must be a whole number of seconds.')
  .min(0, 'positionSeconds cannot be negative. Send the playback position in seconds from the start.')
  .max(MAX_POSITION_SECONDS, `positionSeconds cannot exceed ${MAX_POSITION_SECONDS}. Send the playback position in seconds from the start.`);

export const certificateCodeRule = z.string().max(100, 'A certificate code is 17 characters, like SF-ABCD-EFGH-JKLM.');
