// The committed generated code matches what GraphQL Code Generator makes from schema.graphql now.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CODEGEN = path.join(ROOT, 'node_modules/.bin/graphql-codegen');

function codegenCheck(configPath: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(CODEGEN, ['--config', configPath, '--check'], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

test('every generated file is current (run `npm run compose && npm run codegen` when this fails)', async () => {
  const result = await codegenCheck('codegen.yml');
  expect({ code: result.code, output: result.code === 0 ? '' : result.output }).toEqual({ code: 0, output: '' });
}, 120_000);

test('the check notices a stale generated file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'codegen-drift-'));
  const stale = path.join(dir, 'schema-types.ts');
  writeFileSync(stale, '// stale\n');
  const config = readFileSync(path.join(ROOT, 'codegen.yml'), 'utf8').replace('sdk/src/generated/schema-types.ts', stale);
  const configPath = path.join(dir, 'codegen.yml');
  writeFileSync(configPath, config);
  const result = await codegenCheck(configPath);
  expect(result.code).toBe(1);
}, 120_000);
