// Input rules shared by the memory and scripture fields.
import { z } from 'zod';

export { timezoneRule } from '../../../../kit/src/zoned-time';

export const idRule = (what: string) => z.guid(`That is not a valid ${what} id.`);

export const newCardLimitRule = z
  .number()
  .int('The new-card limit is a whole number.')
  .min(0, 'The new-card limit is 0 or more.')
  .max(100, 'Start at most 100 new cards a day.');

export const typedRecallRule = z.string().max(5000, 'Type at most 5000 characters.');

export const referenceRule = z.string().trim().min(1, 'Write a Bible reference, e.g. "John 3:16".').max(100, 'A reference is at most 100 characters.');

export const translationRule = z.string().trim().min(1, 'Choose a translation, e.g. KJV.').max(20, 'A translation code is at most 20 characters.');
