// The outbox of one domain, as resolvers see it: events go into the domain's own outbox table, in the
// caller's transaction, so a rolled-back change never announces itself.
import type { Db } from '../db';
import type { DomainEvent } from './domain-event';
import { emitEvent } from './emit-event';

export interface DomainOutbox {
  /** The Postgres schema whose outbox this writes to. */
  domain: string;
  emit<P>(tx: Db, type: string, payload: P): Promise<DomainEvent<P>>;
}

export function domainOutbox(domain: string): DomainOutbox {
  return { domain, emit: (tx, type, payload) => emitEvent(tx, domain, type, payload) };
}
