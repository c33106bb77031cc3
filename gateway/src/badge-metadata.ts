// GET /badges/<id>.json: the metadata a ScrollBadge's token URI points at, read with the economy field
// `badgeMetadata` through the gateway's own execution, so the subgraph sees a normally signed
// (anonymous) request like any other. The bytes are served unchanged: their hash is on chain.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '@scrollforge/kit/src/logger';
import { sendJson } from '@scrollforge/kit/src/http';
import { anonymousViewer } from '@scrollforge/kit/src/viewer';
import type { GatewayContext } from './context';
import { runOwnOperation } from './own-operation';
import { clientIp } from './viewer-from-request';

export const BADGE_PATH_PREFIX = '/badges/';

/**
 * Whether a request is for badge metadata (/badges/<anything>.json). Other paths under /badges/, such as
 * the web app's public /badges/verify/<tokenId> page, are the app's and are served as it.
 */
export function isBadgeMetadataPath(pathname: string): boolean {
  return pathname.startsWith(BADGE_PATH_PREFIX) && pathname.endsWith('.json');
}

const BADGE_PATH = /^\/badges\/([0-9a-fA-F-]{36})\.json$/;

const BADGE_QUERY = 'query BadgeMetadata($badgeId: ID!) { badgeMetadata(badgeId: $badgeId) }';

export type BadgeMetadataReader = (badgeId: string, context: GatewayContext) => Promise<string | null>;

export function badgeMetadataReaderOf(apollo: ApolloServer<GatewayContext>): BadgeMetadataReader {
  return async (badgeId, context) => {
    const result = await runOwnOperation<{ badgeMetadata: string | null }>(apollo, BADGE_QUERY, { badgeId }, context);
    if (result.error !== null) throw new Error(`The badge metadata query failed: ${result.messages.join('; ')}`);
    return result.data?.badgeMetadata ?? null;
  };
}

export async function serveBadgeMetadata(
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  log: Logger,
  options: { read: BadgeMetadataReader; trustProxy?: boolean },
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(response, 405, { error: 'Badge metadata is read with GET.' }, { allow: 'GET, HEAD' });
    return;
  }
  const pathname = new URL(request.url ?? '/', 'http://gateway').pathname;
  const badgeId = BADGE_PATH.exec(pathname)?.[1];
  const text = badgeId === undefined ? null : await options.read(badgeId, { requestId, viewer: anonymousViewer(clientIp(request, options.trustProxy ?? false)), logger: log });
  if (text === null) {
    sendJson(response, 404, { error: 'There is no badge at this address. Check the link you were given.' });
    return;
  }
  const body = Buffer.from(text, 'utf8');
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    // Anyone may verify a credential from any site.
    'access-control-allow-origin': '*',
    'cache-control': 'public, max-age=300',
    'content-length': body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
