// The public graph schools query with API keys is a contract of the supergraph: the types and fields
// tagged `@tag(name: "public")` in the subgraphs. A field a key needs more than `read:catalog` for also
// carries a scope tag (`@tag(name: "scope:read:students")`), which the gateway checks before any
// subgraph is asked; the subgraph still checks the key's school on every row.
import type { ApiScope } from './viewer';

/** Tag of every type and field in the public contract. */
export const PUBLIC_TAG = 'public';

/** Tag naming the scope a public field needs beyond `read:catalog`. */
export function scopeTag(scope: ApiScope): string {
  return `scope:${scope}`;
}

/** Reads a scope tag back; undefined for any other tag. */
export function scopeOfTag(tag: string): string | undefined {
  return tag.startsWith('scope:') ? tag.slice('scope:'.length) : undefined;
}

/**
 * The Pothos `tag` option for a type or field in the public contract: `tag: inPublicGraph()` for
 * catalog data, `tag: inPublicGraph('read:students')` for a field that needs that scope.
 */
export function inPublicGraph(scope: ApiScope = 'read:catalog'): string[] {
  return scope === 'read:catalog' ? [PUBLIC_TAG] : [PUBLIC_TAG, scopeTag(scope)];
}
