// Progress on stderr: a redrawn bar on a terminal, plain lines elsewhere.
import { PassThrough } from 'node:stream';
import { createProgress, describeProgress } from '../src/cli/progress';

function stream(isTTY: boolean): { stream: NodeJS.WriteStream; output: () => string } {
  const sink = new PassThrough();
  let output = '';
  sink.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { stream: Object.assign(sink, { isTTY }) as unknown as NodeJS.WriteStream, output: () => output };
}

test('the description gives count, total, percent and rate', () => {
  expect(describeProgress(50, 200, 2000, 'rows')).toBe('50/200 rows 25% 25/s');
  expect(describeProgress(3, undefined, 2000, 'pages')).toBe('3 pages 1.5/s');
});

test('without a terminal it prints plain lines and no control characters', () => {
  const { stream: sink, output } = stream(false);
  const progress = createProgress({ label: 'rows', total: 4, stream: sink, lineIntervalMs: 0 });
  for (let index = 0; index < 4; index += 1) progress.advance();
  progress.finish();
  const lines = output().trimEnd().split('\n');
  expect(lines.map((line) => line.replace(/ [\d.]+\/s$/, ''))).toEqual(['1/4 rows 25%', '2/4 rows 50%', '3/4 rows 75%', '4/4 rows 100%', '4/4 rows 100%']);
  expect(output()).not.toMatch(/[\r\x1b]/);
});

test('on a terminal it redraws one bar in place and ends the line when finished', () => {
  const { stream: sink, output } = stream(true);
  const progress = createProgress({ label: 'rows', total: 2, stream: sink });
  progress.advance();
  progress.advance();
  progress.finish();
  const text = output();
  expect(text.startsWith('\r\x1b[2K[############------------] 1/2 rows 50%')).toBe(true);
  expect(text.endsWith('\n')).toBe(true);
  expect(text.split('\n')).toHaveLength(2);
});
