// Input rules of the prayer area's mutations; messages tell the person what to change.
import { z } from 'zod';

export { timezoneRule } from '../../../../kit/src/zoned-time';

export const uuidRule = (what: string) => z.uuid(`That is not a valid ${what} id.`);
export const prayerTitleRule = z
  .string()
  .trim()
  .min(1, 'Give the prayer a title.')
  .max(200, 'A prayer title is at most 200 characters.');
export const prayerContentRule = z
  .string()
  .trim()
  .min(1, 'Write the prayer before saving it.')
  .max(10_000, 'A prayer is at most 10,000 characters. Shorten it or split it into several entries.');
export const testimonyRule = z.string().trim().max(5_000, 'A testimony is at most 5,000 characters.');
export const categoryNameRule = z
  .string()
  .trim()
  .min(1, 'Give the category a name.')
  .max(40, 'A category name is at most 40 characters.');
export const searchRule = z.string().trim().max(200, 'Search for at most 200 characters.');
