// Compares generated files with what is committed and says where they first differ, so a CI failure
// points at the line to look at rather than just "something changed".
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { GeneratedFile } from './generated-files';

export interface Drift {
  path: string;
  /** Human-readable hint: missing file or the first differing line. */
  detail: string;
}

export function findDrift(files: GeneratedFile[], repoRoot: string): Drift[] {
  const drifts: Drift[] = [];
  for (const file of files) {
    const shown = relative(repoRoot, file.path);
    if (!existsSync(file.path)) {
      drifts.push({ path: shown, detail: 'missing' });
      continue;
    }
    const committed = readFileSync(file.path, 'utf8');
    if (committed.trimEnd() === file.content.trimEnd()) continue;
    const committedLines = committed.trimEnd().split('\n');
    const expectedLines = file.content.trimEnd().split('\n');
    const length = Math.max(committedLines.length, expectedLines.length);
    const at = Array.from({ length }, (_, index) => index).find((index) => committedLines[index] !== expectedLines[index]) ?? 0;
    drifts.push({
      path: shown,
      detail: `line ${at + 1}: committed ${JSON.stringify(committedLines[at] ?? '<end of file>')}, composition gives ${JSON.stringify(expectedLines[at] ?? '<end of file>')}`,
    });
  }
  return drifts;
}
