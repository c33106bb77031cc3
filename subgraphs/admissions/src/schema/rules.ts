// Input rules shared by the admissions schema's fields; messages tell the person what to change.
import { z } from 'zod';

export const uuidRule = (what: string) => z.uuid(`That is not a valid ${what} id.`);
export const uuidListRule = (what: string) => z.array(uuidRule(what));
export const searchRule = z.string().trim().max(100, 'A search is at most 100 characters.');
