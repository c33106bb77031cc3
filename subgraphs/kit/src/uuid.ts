// Ids arrive from clients and other subgraphs; a non-UUID would make Postgres fail a whole batch, so
// loaders and reference resolvers check the shape first.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
