// `StudySession.topics` as stored: [{ kind, id, title, minutes }]. Read back through a schema so a row
// written by older code fails loudly instead of flowing on half-typed.
import { z } from 'zod';
import type { StudyTopic } from './schedule';

const storedTopicsSchema = z.array(
  z.object({
    kind: z.enum(['lecture', 'reading', 'quiz']),
    id: z.string(),
    title: z.string(),
    minutes: z.number().int().nonnegative(),
  }),
);

export function readStoredTopics(stored: unknown): StudyTopic[] {
  return storedTopicsSchema.parse(stored);
}
