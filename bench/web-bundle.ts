// `npm run bench:web`: the web app's performance budget. Builds the app with a manifest into a
// scratch directory and prints, for the entry and for every lazily loaded page, the JavaScript a
// browser downloads before that route first renders (gzip), as a ratio of the 250 KB budget. Exits
// non-zero when a route is over budget, so the budget holds as pages are added.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { routeBundles, type Manifest } from './lib/route-bundle-sizes';

const BUDGET_BYTES = 250 * 1024;
const WEB_ROOT = path.resolve(__dirname, '../web');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'scrollforge-web-bench-'));
  try {
    // The Vite CLI, as `npm run build:web` runs it, with a manifest and without source maps.
    execFileSync('npx', ['vite', 'build', '--manifest', '--sourcemap', 'false', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: WEB_ROOT, stdio: 'inherit' });
    const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const gzipBytes = new Map<string, number>();
    const sizeOf = (file: string) => {
      if (!gzipBytes.has(file)) gzipBytes.set(file, gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length);
      return gzipBytes.get(file)!;
    };
    const bundles = routeBundles(manifest, sizeOf);

    const rows = bundles.map((bundle) => ({
      route: bundle.page === '' ? '(entry: home, layout)' : bundle.page.replace(/^src\/routes\//, ''),
      'JS gzip': kb(bundle.jsBytes),
      'CSS gzip': kb(bundle.cssBytes),
      'ratio to budget': (bundle.jsBytes / BUDGET_BYTES).toFixed(2),
    }));
    console.log(`Initial-route JavaScript per route (budget ${kb(BUDGET_BYTES)} gzip; target ratio ≤ 1.00)`);
    console.table(rows);
    const largest = bundles.reduce((max, bundle) => (bundle.jsBytes > max.jsBytes ? bundle : max));
    const ratio = largest.jsBytes / BUDGET_BYTES;
    console.log(`Largest initial route: ${largest.page || 'entry'} at ${kb(largest.jsBytes)} — ${ratio.toFixed(2)}× the budget.`);
    if (ratio > 1) {
      console.error('Over budget: split the largest route further.');
      process.exitCode = 1;
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
