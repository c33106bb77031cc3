// Boots the embedded default (what `npm start` runs) from an empty data folder, in its own process,
// and takes the newcomer's journey through the printed URL. A second boot reuses the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postGraphQL } from '../platform/graphql-client';
import { login, signUp, type GraphQLCall } from '../platform/account-journey';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts';

const ROOT = path.resolve(__dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'scrollforge-embedded-'));

interface Booted {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `scripts/start-embedded.ts` and resolves once it prints its URL. */
function boot(): Promise<Booted> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, GATEWAY_PORT: '0', LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'GATEWAY_SIGNING_SECRET', 'JWT_SECRET', 'FILE_SIGNING_SECRET', 'NODE_ENV']) {
    delete env[name];
  }
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/start-embedded.ts')], { cwd: ROOT, env });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The launcher's last line says it is ready; everything it prints comes before it.
      const match = output.match(/GraphQL: (http:\/\/\S+\/graphql)/);
      if (match?.[1] && output.includes('Press Ctrl+C to stop.')) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`embedded start exited with ${code}:\n${output}`)));
  });
}

function stop(booted: Booted): Promise<number | null> {
  return new Promise((resolve) => {
    booted.child.once('exit', (code) => resolve(code));
    booted.child.kill('SIGTERM');
  });
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('npm start boots from an empty data folder and a newcomer can sign up and read me', async () => {
  const booted = await boot();
  try {
    expect(booted.output()).toContain('embedded PostgreSQL');
    for (const account of DEMO_ACCOUNTS) expect(booted.output()).toContain(account.email);
    const graphql: GraphQLCall = (query, variables, options) => postGraphQL(booted.url, query, variables, options);

    const session = await signUp(graphql, 'newcomer@example.test', 'Embedded123', 'Embedded Newcomer');
    const me = await graphql<{ me: { email: string; displayName: string } }>('query { me { email displayName } }', {}, { token: session.accessToken });
    expect(me.data?.me).toEqual({ email: 'newcomer@example.test', displayName: 'Embedded Newcomer' });

    const demo = DEMO_ACCOUNTS[0]!;
    const demoSession = await login(graphql, demo.email, DEMO_PASSWORD);
    const demoMe = await graphql<{ me: { roles: string[] } }>('query { me { roles } }', {}, { token: demoSession.accessToken });
    expect(demoMe.data?.me.roles).toEqual(demo.roles);

    const page = await fetch(booted.url.replace(/graphql$/, ''));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('ScrollForge');
  } finally {
    expect(await stop(booted)).toBe(0);
  }
}, 180_000);

test('a second boot keeps the data of the first', async () => {
  const booted = await boot();
  try {
    expect(booted.output()).not.toContain('seeded demo data');
    const graphql: GraphQLCall = (query, variables, options) => postGraphQL(booted.url, query, variables, options);
    const session = await login(graphql, 'newcomer@example.test', 'Embedded123');
    expect(session.accessToken).toEqual(expect.any(String));
  } finally {
    expect(await stop(booted)).toBe(0);
  }
}, 180_000);
