// What travels on the event bus: one fact a domain recorded, with the id consumers deduplicate by.

export interface DomainEvent<P = unknown> {
  /** UUID of the outbox row; the same id survives every redelivery. */
  id: string;
  /** Dotted name such as `user.registered`. */
  type: string;
  /** The domain (Postgres schema) whose outbox recorded it. */
  domain: string;
  payload: P;
  /** ISO-8601 time the emitting transaction wrote it. */
  occurredAt: string;
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

/** An event a consumer group gave up on after `deliveries` failed attempts. */
export interface DeadLetter {
  event: DomainEvent;
  group: string;
  deliveries: number;
  error: string;
}
