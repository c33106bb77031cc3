// Licence codes: random, unguessable (80 bits), typed by people, so Crockford base32 in groups.
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const LICENCE_CODE_PREFIX = 'LIC-';

/** `LIC-XXXX-XXXX-XXXX-XXXX` from 80 random bits. */
export function newLicenceCode(): string {
  return `${LICENCE_CODE_PREFIX}${groupedRandomCode(10)}`;
}

/** `bytes` random bytes as Crockford base32, in groups of four characters. */
export function groupedRandomCode(bytes: number): string {
  const buffer = randomBytes(bytes);
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of buffer) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += CROCKFORD[(value << (5 - bits)) & 31];
  return text.match(/.{1,4}/g)!.join('-');
}
