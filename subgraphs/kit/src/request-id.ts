// Request ids travel in one header from the edge to every subgraph and into every log line.
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a caller's id when it is well formed (so traces join up), otherwise makes a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && acceptable.test(value) ? value : randomUUID();
}
