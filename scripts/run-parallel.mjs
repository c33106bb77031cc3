// Runs npm scripts side by side and fails when any fails: `npm test` type-checks both projects and
// builds the web app at once, since each is mostly single-threaded and CI has two cores.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script> [<npm script> …]');
  process.exit(2);
}

const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      // Output is collected and printed whole, so two scripts' lines never interleave.
      const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code) => {
        process.stdout.write(`== ${script} (exit ${code})\n${Buffer.concat(output).toString()}\n`);
        resolve(code ?? 1);
      });
    }),
);

const codes = await Promise.all(runs);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
