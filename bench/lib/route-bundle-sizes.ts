// What a browser downloads to show a route first, computed from Vite's build manifest: the entry chunk
// and every chunk it imports statically, plus, for a route whose page is loaded lazily, that page's
// chunk and its static imports. Chunks are counted once each, as the browser fetches them once.

/** One entry of Vite's `.vite/manifest.json`, keyed by source path. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface RouteBundle {
  /** The source of the route's page ('' for the entry alone, i.e. the pages built into it). */
  page: string;
  /** Output files downloaded first: JavaScript chunks, then CSS. */
  files: string[];
  jsBytes: number;
  cssBytes: number;
}

/** Chunks reachable from `key` through static imports, `key` included. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The manifest has no chunk ${key}.`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/**
 * The initial download of the entry's own route and of every lazily loaded page, measured with
 * `sizeOf(file)` (e.g. gzip bytes of the output file).
 */
export function routeBundles(manifest: Manifest, sizeOf: (file: string) => number): RouteBundle[] {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry chunk in the manifest, found ${entries.length}.`);
  const [entryKey] = entries[0]!;
  const entryChunks = staticClosure(manifest, entryKey);
  const pages = Object.keys(manifest).filter((key) => manifest[key]!.isDynamicEntry && /Page\.tsx$/.test(key));

  const measure = (page: string, keys: Set<string>): RouteBundle => {
    const js = [...keys].map((key) => manifest[key]!.file);
    const css = [...new Set([...keys].flatMap((key) => manifest[key]!.css ?? []))];
    return {
      page,
      files: [...js, ...css],
      jsBytes: js.reduce((sum, file) => sum + sizeOf(file), 0),
      cssBytes: css.reduce((sum, file) => sum + sizeOf(file), 0),
    };
  };

  return [
    measure('', entryChunks),
    ...pages.sort().map((page) => measure(page, staticClosure(manifest, page, new Set(entryChunks)))),
  ];
}
