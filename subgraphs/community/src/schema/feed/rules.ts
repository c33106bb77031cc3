// Input rules of the feed area's mutations; messages tell the person what to change.
import { z } from 'zod';

export const uuidRule = (what: string) => z.uuid(`That is not a valid ${what} id.`);
export const postBodyRule = z
  .string()
  .refine((body) => body.trim().length > 0, 'Write something before posting.')
  .refine((body) => body.length <= 10_000, 'A post is at most 10,000 characters. Shorten it or split it into several posts.');
export const commentBodyRule = z
  .string()
  .refine((body) => body.trim().length > 0, 'Write something before commenting.')
  .refine((body) => body.length <= 4_000, 'A comment is at most 4,000 characters.');
export const altTextRule = z.string().max(500, 'Describe the picture in at most 500 characters.');
export const reportReasonRule = z
  .string()
  .transform((reason) => reason.trim())
  .refine((reason) => reason.length >= 10, 'Say in at least 10 characters what is wrong, so moderators can act on it.')
  .refine((reason) => reason.length <= 500, 'Keep the reason to 500 characters.');
export const decisionReasonRule = z.string().trim().min(1, 'Give a reason or leave it out.').max(500, 'Keep the reason to 500 characters.');
export const banReasonRule = z.string().trim().min(3, 'Say why in at least 3 characters; the person will see it.').max(500, 'Keep the reason to 500 characters.');
export const blockedWordRule = z
  .string()
  .trim()
  .min(2, 'A blocked word has at least 2 characters.')
  .max(60, 'A blocked word or phrase has at most 60 characters.');
export const fileNameRule = z.string().trim().min(1, 'Give the file a name.').max(200, 'File names are at most 200 characters.');
export const pageSizeRule = z.number().int().min(1, 'Ask for at least 1 item.').max(100, 'Ask for at most 100 items per page.');
