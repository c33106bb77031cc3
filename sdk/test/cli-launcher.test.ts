// The `scrollforge` command as npm links it (node_modules/.bin), run the way `npx scrollforge` runs it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPOSITORY_ROOT } from './support/run-cli';

const BIN = path.join(REPOSITORY_ROOT, 'node_modules/.bin/scrollforge');

function runBin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, args, { cwd: REPOSITORY_ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('scrollforge --help lists every command and exits 0', async () => {
  const result = await runBin(['--help']);
  expect(result.code).toBe(0);
  const commands = [...result.stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((match) => match[1]);
  expect(commands).toEqual(['import-courses', 'export-grades', 'enroll-students', 'scholarship-codes', 'verify-ledger', 'key-usage']);
}, 30_000);

test('a command’s --help prints its usage, and an unknown flag exits 2 with it', async () => {
  const help = await runBin(['import-courses', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: scrollforge import-courses <file\.csv\|file\.json>/);
  const wrong = await runBin(['export-grades', '--colour', 'red']);
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toContain("Unknown option '--colour'");
}, 30_000);
