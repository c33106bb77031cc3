// The bundle budget counts what a browser downloads before a route first renders: the entry and its
// static imports, plus a lazy page's own chunk and its static imports, each chunk once; dynamic
// imports of other pages are not part of it.
import { routeBundles, type Manifest } from '../lib/route-bundle-sizes';

const manifest: Manifest = {
  'src/main.tsx': { file: 'assets/index.js', isEntry: true, imports: ['_react.js', '_apollo.js'], dynamicImports: ['src/routes/a/APage.tsx', 'src/routes/b/BPage.tsx'], css: ['assets/index.css'] },
  '_react.js': { file: 'assets/react.js' },
  '_apollo.js': { file: 'assets/apollo.js', imports: ['_react.js'] },
  '_form.js': { file: 'assets/form.js', imports: ['_react.js'], css: ['assets/form.css'] },
  '_chart.js': { file: 'assets/chart.js' },
  'src/routes/a/APage.tsx': { file: 'assets/APage.js', isDynamicEntry: true, imports: ['_form.js', '_apollo.js'], dynamicImports: ['_chart.js'] },
  'src/routes/b/BPage.tsx': { file: 'assets/BPage.js', isDynamicEntry: true, imports: ['_form.js'] },
};

const SIZES: Record<string, number> = {
  'assets/index.js': 1000,
  'assets/react.js': 300,
  'assets/apollo.js': 200,
  'assets/form.js': 50,
  'assets/chart.js': 7000,
  'assets/APage.js': 40,
  'assets/BPage.js': 5,
  'assets/index.css': 11,
  'assets/form.css': 3,
};
const sizeOf = (file: string) => {
  const size = SIZES[file];
  if (size === undefined) throw new Error(`unexpected file ${file}`);
  return size;
};

test('the entry route counts the entry and its static imports once each', () => {
  const [entry] = routeBundles(manifest, sizeOf);
  expect(entry).toEqual({ page: '', files: ['assets/index.js', 'assets/react.js', 'assets/apollo.js', 'assets/index.css'], jsBytes: 1500, cssBytes: 11 });
});

test("a lazy page adds its chunk and its own static imports, but not what it loads later or the entry's again", () => {
  const bundles = routeBundles(manifest, sizeOf);
  expect(bundles.map((bundle) => bundle.page)).toEqual(['', 'src/routes/a/APage.tsx', 'src/routes/b/BPage.tsx']);
  expect(bundles[1]).toMatchObject({ jsBytes: 1500 + 40 + 50, cssBytes: 11 + 3 });
  expect(bundles[1]!.files).not.toContain('assets/chart.js');
  expect(bundles[2]).toMatchObject({ jsBytes: 1500 + 5 + 50 });
});

test('a manifest without exactly one entry, or with a dangling import, is refused', () => {
  expect(() => routeBundles({ 'a.js': { file: 'a.js' } }, sizeOf)).toThrow('Expected one entry chunk');
  expect(() => routeBundles({ 'src/main.tsx': { file: 'assets/index.js', isEntry: true, imports: ['_gone.js'] } }, sizeOf)).toThrow('no chunk _gone.js');
});
