// Reads the public supergraph `npm run compose` writes. It is absent until some Query field is tagged
// public; the gateway then serves no public graph rather than refusing to start.
import { existsSync, readFileSync } from 'node:fs';

/** Default location, relative to the repository root. */
export const PUBLIC_SUPERGRAPH_FILE = 'gateway/public-supergraph.graphql';

export function readPublicSupergraph(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
