// Serves the built web app from a folder, with index.html for client-side routes, or the placeholder
// page when there is no build yet.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PLACEHOLDER_CONTENT_SECURITY_POLICY, PLACEHOLDER_HTML } from './placeholder-page';
import { WEB_APP_CONTENT_SECURITY_POLICY } from './security-headers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function sendFile(request: IncomingMessage, response: ServerResponse, path: string, cacheControl: string): Promise<void> {
  const info = await stat(path);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': cacheControl,
    'content-security-policy': WEB_APP_CONTENT_SECURITY_POLICY,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await pipeline(createReadStream(path), response);
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** Answers a GET/HEAD for a path outside the API; `staticDir` is undefined when there is no build. */
export async function serveSite(request: IncomingMessage, response: ServerResponse, pathname: string, staticDir: string | undefined): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
    return;
  }
  if (staticDir === undefined) {
    if (pathname !== '/' && pathname !== '/index.html') {
      sendText(response, 404, 'Not found.');
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(PLACEHOLDER_HTML),
      'cache-control': 'no-cache',
      'content-security-policy': PLACEHOLDER_CONTENT_SECURITY_POLICY,
    });
    response.end(request.method === 'HEAD' ? undefined : PLACEHOLDER_HTML);
    return;
  }
  const root = resolve(staticDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    sendText(response, 400, 'Malformed path.');
    return;
  }
  const candidate = resolve(root, `.${normalize(`/${decoded}`)}`);
  // normalize() already collapses "..", the prefix check is the guarantee nothing outside is served.
  const inside = candidate === root || candidate.startsWith(root + sep);
  if (inside && candidate !== root && (await isFile(candidate))) {
    // Vite fingerprints everything under assets/, so those never change under the same name.
    const immutable = candidate.startsWith(join(root, 'assets') + sep);
    await sendFile(request, response, candidate, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return;
  }
  // Paths with an extension are files that do not exist; anything else is a client-side route.
  const index = join(root, 'index.html');
  if (extname(decoded) === '' && (await isFile(index))) {
    await sendFile(request, response, index, 'no-cache');
    return;
  }
  sendText(response, 404, 'Not found.');
}
