// Records a domain event in the caller's transaction: it is relayed only if that transaction commits,
// and it cannot be lost once it has.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import type { DomainEvent } from './domain-event';
import { insertOutboxEvent } from './outbox-store';

/** Pass the transaction client that makes the change the event reports, never the root client. */
export async function emitEvent<P>(tx: Db, domain: string, type: string, payload: P): Promise<DomainEvent<P>> {
  const event: DomainEvent<P> = { id: randomUUID(), type, domain, payload, occurredAt: new Date().toISOString() };
  await insertOutboxEvent(tx, event);
  return event;
}
