// Certificate verification codes: `SF-XXXX-XXXX-XXXX`, twelve characters from an alphabet without the
// look-alikes 0/O and 1/I, so a code read off paper can be typed back. 60 random bits: unguessable.
import { randomBytes } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const PREFIX = 'SF';
const GROUPS = 3;
const GROUP_LENGTH = 4;
const CODE_CHARACTERS = new RegExp(`^${PREFIX}[${ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`);

function format(characters: string): string {
  const groups: string[] = [];
  for (let index = 0; index < characters.length; index += GROUP_LENGTH) groups.push(characters.slice(index, index + GROUP_LENGTH));
  return [PREFIX, ...groups].join('-');
}

/** A fresh code. The alphabet has 32 letters, so each random byte's low 5 bits pick one without bias. */
export function generateCertificateCode(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(GROUPS * GROUP_LENGTH);
  return format([...bytes].map((byte) => ALPHABET[byte & 31]).join(''));
}

/**
 * The canonical form of what someone typed (any case, spaces or dashes anywhere, prefix optional), or
 * null when it cannot be a certificate code.
 */
export function normalizeCertificateCode(input: string): string | null {
  if (input.length > 100) return null;
  let compact = input.toUpperCase().replace(/[\s\-‐-―_.]/g, '');
  if (compact.length === GROUPS * GROUP_LENGTH) compact = PREFIX + compact;
  return CODE_CHARACTERS.test(compact) ? format(compact.slice(PREFIX.length)) : null;
}
