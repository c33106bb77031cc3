// Identities no other test uses, so tests sharing one database (and one rate limiter) never collide.
import { randomBytes } from 'node:crypto';

export function uniqueEmail(label = 'person'): string {
  return `${label}-${randomBytes(6).toString('hex')}@example.test`;
}

/** A random client address in 2001:db8::/32, the IPv6 documentation prefix: unique per call, routes nowhere. */
export function uniqueIp(): string {
  const group = () => randomBytes(2).toString('hex');
  return `2001:db8:${group()}:${group()}::${group()}`;
}
