// The hash that names an operation: the sha256 (hex) of its exact text, as Apollo Server computes it for
// automatic persisted queries, so one hash serves both the APQ cache and the trusted-document manifest.
import { createHash } from 'node:crypto';

export function operationHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isOperationHash(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}
