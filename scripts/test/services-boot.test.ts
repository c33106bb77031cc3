// `npm run start:services`: every subgraph and the gateway as separate processes against the
// PostgreSQL and Redis on this machine — the docker-compose shape. A newcomer's journey works through
// it, subgraphs cannot be reached around the gateway, and SIGTERM stops every process.
import { createScratchDatabase, type ScratchDatabase } from '../../subgraphs/kit/src/testing/scratch-database';
import { postGraphQL } from '../../subgraphs/kit/src/testing/graphql-client';
import { signUp, type GraphQLCall } from '../platform/account-journey';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, freePort, launch, type LaunchedProcess } from '../platform/launch-process';
import { TEST_SECRETS } from '../../subgraphs/kit/src/testing/test-services';
import { subgraphPortEnvName } from '../../subgraphs/kit/src/env';
import { SUBGRAPHS } from '../platform/subgraph-registry';

let database: ScratchDatabase;
let services: LaunchedProcess;
let usersPort: number;

beforeAll(async () => {
  database = await createScratchDatabase('services_boot', { empty: true });
  const gatewayPort = await freePort();
  // Every process on a port of its own: the services-mode defaults (4001–4007) may be taken on this machine.
  const ports: Record<string, string> = {};
  for (const subgraph of SUBGRAPHS) ports[subgraphPortEnvName(subgraph.name)] = String(await freePort());
  usersPort = Number(ports[subgraphPortEnvName('users')]);
  services = await launch(
    'scripts/start-services.ts',
    cleanEnv({
      ...TEST_SECRETS,
      DATABASE_URL: database.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      GATEWAY_PORT: String(gatewayPort),
      ...ports,
      // The local chain and stored files go to a folder of this test's own, never the checkout's .data.
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'scrollforge-services-boot-')),
    }),
    /services are up; gateway at (http:\/\/\S+\/graphql)/,
  );
  // Seven subgraphs and the gateway start one after another, each compiling its TypeScript on the way:
  // on a busy 2-core machine that takes minutes, not seconds.
}, 300_000);

afterAll(async () => {
  await services?.stop();
  await database?.drop();
});

test('a newcomer signs up and reads me through the separately running gateway', async () => {
  const graphql: GraphQLCall = (query, variables, options) => postGraphQL(services.ready, query, variables, options);
  const session = await signUp(graphql, 'services@example.test', 'Services123', 'Process Person');
  const me = await graphql<{ me: { displayName: string } }>('query { me { displayName } }', {}, { token: session.accessToken });
  expect(me.data?.me).toEqual({ displayName: 'Process Person' });
  const health = await fetch(services.ready.replace('/graphql', '/health'));
  expect(await health.json()).toMatchObject({ status: 'ok', subgraphs: { users: { status: 'ok' } } });
});

test('the users process refuses a caller that goes around the gateway', async () => {
  const response = await fetch(`http://127.0.0.1:${usersPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  expect(response.status).toBe(401);
});

test('SIGTERM stops the gateway and every subgraph', async () => {
  expect(await services.stop()).toBe(0);
  await expect(fetch(`http://127.0.0.1:${usersPort}/health`)).rejects.toThrow();
});
