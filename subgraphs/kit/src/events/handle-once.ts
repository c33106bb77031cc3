// Idempotent handling: the handler records the event in its own domain's processed_event table in the
// same transaction as its effects, so effects and "done" commit or roll back together.
import type { Db } from '../db';
import { domainSchema } from './domain-schema';

/**
 * Marks `eventId` as processed by `handler` inside `tx`. Returns false when it already was: the caller
 * skips its effects. A concurrent duplicate waits on the row lock and then sees it as processed.
 */
export async function handleOnce(tx: Db, domain: string, handler: string, eventId: string): Promise<boolean> {
  const inserted = await tx.$executeRawUnsafe(
    `INSERT INTO ${domainSchema(domain)}.processed_event (event_id, handler) VALUES ($1::uuid, $2) ON CONFLICT DO NOTHING`,
    eventId,
    handler,
  );
  return inserted === 1;
}
