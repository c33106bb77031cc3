// Boots the embedded default (what `npm start` runs) from an empty data folder, in its own process,
// and takes the newcomer's journey through the printed URL. A second boot reuses the same data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postGraphQL } from '../../subgraphs/kit/src/testing/graphql-client';
import { login, signUp, type GraphQLCall } from '../platform/account-journey';
import { cleanEnv, launch } from '../platform/launch-process';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'scrollforge-embedded-'));

/** Starts `npm start`'s script; it is ready once it prints its last line, after the URL. */
async function boot() {
  const launched = await launch('scripts/start-embedded.ts', cleanEnv({ DATA_DIR: dataDir, GATEWAY_PORT: '0' }), /GraphQL: (http:\/\/\S+\/graphql)[\s\S]*Press Ctrl\+C to stop\./);
  return { ...launched, url: launched.ready };
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
    expect(await booted.stop()).toBe(0);
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
    expect(await booted.stop()).toBe(0);
  }
}, 180_000);
