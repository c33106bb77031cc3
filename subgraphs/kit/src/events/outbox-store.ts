// SQL over one domain's outbox table, shared by emitEvent and both relays.
import type { Db } from '../db';
import type { DomainEvent } from './domain-event';
import { domainSchema } from './domain-schema';

interface OutboxRow {
  id: string;
  type: string;
  payload: string;
  occurred_at: string;
}

/** Timestamps are stored as UTC wall-clock time (what Prisma writes); rendered back as ISO-8601 UTC. */
const OCCURRED_AT_SQL = `to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at`;

export async function insertOutboxEvent(db: Db, event: DomainEvent): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO ${domainSchema(event.domain)}.outbox_event (id, type, payload, created_at)
     VALUES ($1::uuid, $2, $3::jsonb, ($4::timestamptz AT TIME ZONE 'UTC'))`,
    event.id,
    event.type,
    JSON.stringify(event.payload ?? null),
    event.occurredAt,
  );
}

export interface ClaimOptions {
  limit: number;
  /** Lock the rows until the surrounding transaction ends and skip rows other relays hold. */
  lock: boolean;
}

/** The oldest unpublished events of `domain`. */
export async function selectUnpublished(db: Db, domain: string, { limit, lock }: ClaimOptions): Promise<DomainEvent[]> {
  const rows = await db.$queryRawUnsafe<OutboxRow[]>(
    `SELECT id::text AS id, type, payload::text AS payload, ${OCCURRED_AT_SQL}
       FROM ${domainSchema(domain)}.outbox_event
      WHERE published_at IS NULL
      ORDER BY created_at, id
      LIMIT $1${lock ? ' FOR UPDATE SKIP LOCKED' : ''}`,
    limit,
  );
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    domain,
    payload: JSON.parse(row.payload) as unknown,
    occurredAt: row.occurred_at,
  }));
}

export async function markPublished(db: Db, domain: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRawUnsafe(
    `UPDATE ${domainSchema(domain)}.outbox_event SET published_at = (now() AT TIME ZONE 'UTC') WHERE id = ANY($1::uuid[])`,
    ids,
  );
}
