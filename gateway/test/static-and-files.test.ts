// The built web app and signed file downloads, served by the gateway.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signFileUrl } from '@scrollforge/kit/src/storage';
import { send } from './support/http-client';
import { FILE_SIGNING_SECRET, startTestGraph, type TestGraph } from './support/test-graph';

const webDir = mkdtempSync(join(tmpdir(), 'gateway-test-web-'));
let graph: TestGraph;
beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>ScrollForge app</title><script src="/assets/app-1234.js"></script>');
  writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log("app")');
  graph = await startTestGraph({ staticDir: webDir });
});
afterAll(async () => {
  await graph?.stop();
  rmSync(webDir, { recursive: true, force: true });
});

describe('web app', () => {
  test('serves index.html at / with the web app policy', async () => {
    const response = await send(`${graph.origin}/`);
    expect(response.status).toBe(200);
    expect(response.text).toContain('ScrollForge app');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    // Lecture videos from an HTTPS video host play; plain-HTTP media stays out.
    expect(response.headers['content-security-policy']).toContain("media-src 'self' blob: https:");
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  test('serves fingerprinted assets as immutable', async () => {
    const response = await send(`${graph.origin}/assets/app-1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/javascript');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  test('answers client-side routes with index.html', async () => {
    const response = await send(`${graph.origin}/courses/123`);
    expect(response.status).toBe(200);
    expect(response.text).toContain('ScrollForge app');
  });

  test('404s a missing file rather than handing back the app', async () => {
    expect((await send(`${graph.origin}/assets/missing.js`)).status).toBe(404);
  });

  test('never serves a file outside the folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const response = await send(`${graph.origin}${path}`);
      expect(response.text).not.toContain('"name"');
    }
  });
});

describe('signed files', () => {
  const key = 'avatars/user-1/face.png';
  beforeAll(async () => {
    await graph.services.storage.put(key, Buffer.from('png-bytes'), 'image/png');
  });

  test('a signed, unexpired link downloads the file', async () => {
    const response = await send(`${graph.origin}${signFileUrl(FILE_SIGNING_SECRET, key, 60)}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.text).toBe('png-bytes');
    expect(response.headers['cache-control']).toContain('no-store');
  });

  test('an expired link is refused', async () => {
    const link = signFileUrl(FILE_SIGNING_SECRET, key, 60, Date.now() - 3600_000);
    expect((await send(`${graph.origin}${link}`)).status).toBe(404);
  });

  test('a link with a tampered signature is refused', async () => {
    // Change the signature's first character to a different one (setting it blindly to "A" is a no-op 1 time in 64).
    const link = signFileUrl(FILE_SIGNING_SECRET, key, 60).replace(/signature=(.)/, (_match, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`);
    expect((await send(`${graph.origin}${link}`)).status).toBe(404);
  });

  test('a link signed for one key does not open another', async () => {
    const link = signFileUrl(FILE_SIGNING_SECRET, key, 60).replace('face.png', 'other.png');
    expect((await send(`${graph.origin}${link}`)).status).toBe(404);
  });
});
