// Downloads of stored files through links the subgraphs sign: /files/<key>?expires=&signature=.
// The signature covers the key and the expiry, so a link cannot be widened or extended.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyFileUrl, type Storage } from '@scrollforge/kit/src/storage';
import type { Logger } from '@scrollforge/kit/src/logger';
import { sendJson } from '@scrollforge/kit/src/http';

export const FILES_PATH_PREFIX = '/files/';

/** Types a browser may show inline; anything else is forced to download so it cannot run as a page. */
const INLINE_CONTENT_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf']);

/** What the gateway needs of storage: read one file by key. */
export type FileStore = Pick<Storage, 'get'>;

function notFound(response: ServerResponse): void {
  sendJson(response, 404, { error: 'This link is invalid or has expired. Ask for a new one.' });
}

export async function serveSignedFile(
  request: IncomingMessage,
  response: ServerResponse,
  options: { secret: string; storage: FileStore; log: Logger },
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(response, 405, { error: 'Method not allowed.' }, { allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(request.url ?? '/', 'http://gateway');
  let key: string;
  try {
    key = decodeURIComponent(url.pathname.slice(FILES_PATH_PREFIX.length));
  } catch {
    notFound(response);
    return;
  }
  const expires = url.searchParams.get('expires') ?? '';
  const signature = url.searchParams.get('signature') ?? '';
  // Bad and expired links get the same answer, so probing tells nothing about which keys exist.
  if (key === '' || !verifyFileUrl(options.secret, key, expires, signature)) {
    options.log.info({ key }, 'refused a file link with a bad or expired signature');
    notFound(response);
    return;
  }
  const file = await options.storage.get(key);
  if (file === null) {
    notFound(response);
    return;
  }
  const disposition = INLINE_CONTENT_TYPES.has(file.contentType) ? 'inline' : 'attachment';
  response.writeHead(200, {
    'content-type': file.contentType,
    'content-disposition': disposition,
    // The link itself expires; caches must not outlive it.
    'cache-control': 'private, no-store',
    'content-length': file.bytes.length,
  });
  response.end(request.method === 'HEAD' ? undefined : file.bytes);
}
