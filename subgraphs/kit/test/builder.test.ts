// The builder factory: federation-ready printing, shareable Relay connections, validation and
// authorization errors with the platform's codes.
import { execute, parse } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { createBuilder } from '../src/builder';
import { buildContext } from '../src/context';
import { logger as testLogger } from './support/silent-logger';
import type { ServicesHandle } from '../src/services';
import { createTestServices } from '../src/testing/test-services';
import type { Viewer } from '../src/viewer';


function buildSchema() {
  const builder = createBuilder();
  builder.queryType({
    fields: (t) => ({
      letters: t.connection({
        type: 'String',
        resolve: (_root, args) => resolveArrayConnection({ args }, ['a', 'b', 'c', 'd']),
      }),
      echo: t.string({
        args: { email: t.arg.string({ required: true, validate: z.string().email('Enter an email address like name@example.com.') }) },
        resolve: (_root, args) => args.email,
      }),
      secret: t.string({ authScopes: { admin: true }, resolve: () => 'for admins' }),
    }),
  });
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
}

let handle: ServicesHandle;
const schema = buildSchema();

beforeAll(() => {
  handle = createTestServices();
});

afterAll(() => handle?.close());

async function run(query: string, viewer: Viewer = { kind: 'anonymous', ip: '127.0.0.1' }) {
  const contextValue = buildContext(handle.services, { requestId: 'builder-test-1', viewer, logger: testLogger, domain: 'users' });
  return execute({ schema, document: parse(query), contextValue });
}

test('prints a federation 2 subgraph whose PageInfo is shareable, so subgraphs can all use connections', () => {
  const sdl = printSubgraphSchema(schema);
  expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6"');
  expect(sdl).toMatch(/type PageInfo\s*@shareable/);
});

test('pages through a connection with cursors', async () => {
  const first = await run('{ letters(first: 2) { edges { node cursor } pageInfo { hasNextPage endCursor } } }');
  const page = first.data?.letters as { edges: { node: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  expect(page.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
  expect(page.pageInfo.hasNextPage).toBe(true);
  const next = await run(`{ letters(first: 2, after: "${page.pageInfo.endCursor}") { edges { node } pageInfo { hasNextPage } } }`);
  expect(next.data?.letters).toEqual({ edges: [{ node: 'c' }, { node: 'd' }], pageInfo: { hasNextPage: false } });
});

test('a validation failure is BAD_USER_INPUT naming the argument, with the rule message', async () => {
  const result = await run('{ echo(email: "nope") }');
  expect(result.errors?.[0]?.message).toBe('Enter an email address like name@example.com.');
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
});

test('authorization refuses strangers with UNAUTHENTICATED or FORBIDDEN and lets admins through', async () => {
  const anonymous = await run('{ secret }');
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const student = await run('{ secret }', { kind: 'user', id: 'u1', roles: ['student'], ip: 'x' });
  expect(student.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const admin = await run('{ secret }', { kind: 'user', id: 'u2', roles: ['admin'], ip: 'x' });
  expect(admin.data).toEqual({ secret: 'for admins' });
});

test("the context's outbox writes to its own domain inside the caller's transaction, and a rollback leaves nothing", async () => {
  const context = buildContext(handle.services, { requestId: 'builder-test-2', viewer: { kind: 'anonymous', ip: 'x' }, logger: testLogger, domain: 'users' });
  const marker = `builder-test-${Date.now()}-${Math.random()}`;
  const committed = await handle.services.prisma.$transaction((tx) => context.events.emit(tx, 'ProbeHappened', { marker }));
  expect(committed).toMatchObject({ domain: 'users', type: 'ProbeHappened', payload: { marker } });
  await expect(
    handle.services.prisma.$transaction(async (tx) => {
      await context.events.emit(tx, 'ProbeHappened', { marker: `${marker}-rolled-back` });
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  const rows = await handle.services.prisma.usersOutboxEvent.findMany({ where: { type: 'ProbeHappened' } });
  const markers = rows.map((row) => (row.payload as { marker: string }).marker);
  expect(markers).toContain(marker);
  expect(markers).not.toContain(`${marker}-rolled-back`);
  await handle.services.prisma.usersOutboxEvent.deleteMany({ where: { id: committed.id } });
});
