// Progress of a long run on stderr (stdout stays clean for data): a redrawn bar on a terminal, plain
// lines otherwise, so logs and CI output stay readable.

export interface ProgressOptions {
  /** What is being counted, e.g. "courses". */
  label: string;
  /** How many there are in all; undefined when not known in advance. */
  total?: number;
  /** Where to draw. @default process.stderr */
  stream?: NodeJS.WriteStream;
  /** Smallest gap between two plain lines, in milliseconds. @default 1000 */
  lineIntervalMs?: number;
}

export interface Progress {
  /** Counts `count` more done. */
  advance(count?: number): void;
  /** Draws the final state and moves to a fresh line. */
  finish(): void;
}

const BAR_WIDTH = 24;

export function describeProgress(done: number, total: number | undefined, elapsedMs: number, label: string): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const rateText = `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`;
  if (total === undefined || total === 0) return `${done} ${label} ${rateText}`;
  const percent = Math.min(100, Math.floor((done / total) * 100));
  return `${done}/${total} ${label} ${percent}% ${rateText}`;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const interactive = stream.isTTY === true;
  const lineInterval = options.lineIntervalMs ?? 1000;
  const started = Date.now();
  let done = 0;
  let lastLine = 0;

  const draw = (final: boolean) => {
    const text = describeProgress(done, options.total, Date.now() - started, options.label);
    if (interactive) {
      const filled = options.total ? Math.round((Math.min(done, options.total) / options.total) * BAR_WIDTH) : 0;
      const bar = options.total ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ` : '';
      stream.write(`\r\x1b[2K${bar}${text}${final ? '\n' : ''}`);
    } else if (final || Date.now() - lastLine >= lineInterval) {
      lastLine = Date.now();
      stream.write(`${text}\n`);
    }
  };

  return {
    advance(count = 1) {
      done += count;
      draw(false);
    },
    finish() {
      draw(true);
    },
  };
}
