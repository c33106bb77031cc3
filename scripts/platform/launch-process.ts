// Runs a launcher script (npm start, start:services) as its own process for tests, and waits for the
// line that says it is ready.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface LaunchedProcess {
  child: ChildProcess;
  /** The first capture group of the ready pattern (e.g. the printed URL). */
  ready: string;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function launch(script: string, env: NodeJS.ProcessEnv, readyPattern: RegExp): Promise<LaunchedProcess> {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, script)], { cwd: ROOT, env });
  let output = '';
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(readyPattern);
      if (match) resolve({ child, ready: match[1] ?? match[0], output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The environment minus what a launcher would otherwise pick up from the test run. */
export function cleanEnv(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'GATEWAY_SIGNING_SECRET', 'JWT_SECRET', 'FILE_SIGNING_SECRET', 'NODE_ENV', 'NODE_OPTIONS']) {
    delete env[name];
  }
  return { ...env, LOG_LEVEL: 'warn', ...overrides };
}
