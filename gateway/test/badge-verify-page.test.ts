// The public badge check is a page of the web app at /badges/verify/<tokenId>, beside the badge
// metadata the gateway serves at /badges/<id>.json: the app's path gets the app, .json paths the JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBadgeMetadataPath } from '../src/badge-metadata';
import { send } from './support/http-client';
import { startTestGraph, type TestGraph } from './support/test-graph';

const webDir = mkdtempSync(join(tmpdir(), 'gateway-badge-page-'));
let graph: TestGraph;
beforeAll(async () => {
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>ScrollForge app</title>');
  graph = await startTestGraph({ staticDir: webDir });
});
afterAll(async () => {
  await graph?.stop();
  rmSync(webDir, { recursive: true, force: true });
});

test('tells badge metadata paths from the web app’s badge pages', () => {
  expect(isBadgeMetadataPath('/badges/0b6f5a9e-4a51-4d43-9d55-3f1e0f7b6a10.json')).toBe(true);
  expect(isBadgeMetadataPath('/badges/not-a-badge.json')).toBe(true);
  expect(isBadgeMetadataPath('/badges/verify/12')).toBe(false);
});

test('answers /badges/verify/<tokenId> with the web app', async () => {
  const response = await send(`${graph.origin}/badges/verify/12`);
  expect(response.status).toBe(200);
  expect(response.text).toContain('ScrollForge app');
});
