// Reading the loosely typed replies of Redis stream commands into checked shapes.
import type { DomainEvent } from './domain-event';

export interface StreamEntry {
  id: string;
  fields: Map<string, string>;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** `[[id, [field, value, …]], …]` as XCLAIM returns it and each stream of XREADGROUP holds. */
export function parseEntries(reply: unknown): StreamEntry[] {
  if (!Array.isArray(reply)) return [];
  const entries: StreamEntry[] = [];
  for (const item of reply) {
    // XCLAIM reports entries deleted by trimming as null; there is nothing left to deliver.
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !isStringArray(item[1])) continue;
    const fields = new Map<string, string>();
    for (let index = 0; index + 1 < item[1].length; index += 2) fields.set(item[1][index] as string, item[1][index + 1] as string);
    entries.push({ id: item[0], fields });
  }
  return entries;
}

/** XREADGROUP's `[[stream, entries]]` for a single stream. */
export function parseReadGroupReply(reply: unknown): StreamEntry[] {
  if (!Array.isArray(reply)) return [];
  return reply.flatMap((stream: unknown) => (Array.isArray(stream) ? parseEntries(stream[1]) : []));
}

export interface PendingEntry {
  id: string;
  deliveries: number;
}

/** XPENDING's extended form: `[[id, consumer, idleMs, deliveries], …]`. */
export function parsePending(reply: unknown): PendingEntry[] {
  if (!Array.isArray(reply)) return [];
  return reply.flatMap((item: unknown) =>
    Array.isArray(item) && typeof item[0] === 'string' && typeof item[3] === 'number' ? [{ id: item[0], deliveries: item[3] }] : [],
  );
}

export function readEvent(entry: StreamEntry): DomainEvent | undefined {
  const text = entry.fields.get('event');
  if (text === undefined) return undefined;
  try {
    const event = JSON.parse(text) as Partial<DomainEvent>;
    if (typeof event.id !== 'string' || typeof event.type !== 'string' || typeof event.domain !== 'string') return undefined;
    return event as DomainEvent;
  } catch {
    return undefined;
  }
}
