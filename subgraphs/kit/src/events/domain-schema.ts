// Every domain keeps its outbox in its own Postgres schema, named in SQL text (identifiers cannot be
// bound parameters), so the name is checked against a strict pattern before it is quoted in.

const DOMAIN_PATTERN = /^[a-z_]+$/;

/** The quoted schema identifier of `domain`; throws for anything but lower-case letters and `_`. */
export function domainSchema(domain: string): string {
  if (!DOMAIN_PATTERN.test(domain)) {
    throw new Error(`Domain "${domain}" is not a valid schema name: use lower-case letters and underscores only.`);
  }
  return `"${domain}"`;
}
