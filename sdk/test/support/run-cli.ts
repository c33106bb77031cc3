// Runs `scrollforge <args>` as a child process, the way a person runs it, and collects its output.
// Asynchronous on purpose: the platform the CLI talks to runs in this very process.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');
const TSX_CLI = require.resolve('tsx/cli');
const CLI_ENTRY = path.join(REPOSITORY_ROOT, 'sdk/src/cli/main.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** SCROLLFORGE_* and other variables for the child. */
  env?: Record<string, string>;
  cwd?: string;
}

/** The gateway's origin, as SCROLLFORGE_URL takes it, from the platform's /graphql URL. */
export const originOf = (graphqlUrl: string) => new URL(graphqlUrl).origin;

export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  // Only what the CLI reads is passed on: a stray SCROLLFORGE_TOKEN from the shell must not leak in.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SCROLLFORGE_') && name !== 'NODE_OPTIONS'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, CLI_ENTRY, ...args], { cwd: options.cwd ?? REPOSITORY_ROOT, env: { ...inherited, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
