// The /calendar/<token>.ics route: served through the gateway's own execution to a subgraph that owns
// `studyPlanCalendar`, with the calendar media type and private caching; 400 and 404 otherwise.
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { createBuilder } from '@scrollforge/kit/src/builder';
import { startSubgraph, type RunningSubgraph } from '@scrollforge/kit/src/server';
import { createTestServices, type TestServices } from '@scrollforge/kit/src/testing/test-services';
import { startGateway, type RunningGateway } from '../src/app';
import { composeSupergraph } from '../src/compose/compose';
import { send } from './support/http-client';
import { FILE_SIGNING_SECRET, JWT_SECRET, SIGNING_SECRET } from './support/test-graph';

const KNOWN_TOKEN = 'k'.repeat(43);
const FAILING_TOKEN = 'f'.repeat(43);
const FEED = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Feed//EN\r\nX-WR-CALNAME:Grüße\r\nEND:VCALENDAR\r\n';

/** What the calendar subgraph was asked, to prove refused requests never reached it. */
interface Asked {
  tokens: string[];
  viewerKinds: string[];
}

function buildCalendarSchema(asked: Asked): GraphQLSchema {
  const builder = createBuilder();
  builder.queryType({
    fields: (t) => ({
      studyPlanCalendar: t.string({
        nullable: true,
        args: { token: t.arg.string({ required: true }) },
        resolve: (_root, args, context) => {
          asked.tokens.push(args.token);
          asked.viewerKinds.push(context.viewer.kind);
          if (args.token === FAILING_TOKEN) throw new Error('database unreachable');
          return args.token === KNOWN_TOKEN ? FEED : null;
        },
      }),
    }),
  });
  return builder.toSubGraphSchema({});
}

let services: TestServices;
let subgraph: RunningSubgraph;
let gateway: RunningGateway;
let origin: string;
const asked: Asked = { tokens: [], viewerKinds: [] };

beforeAll(async () => {
  const schema = buildCalendarSchema(asked);
  services = createTestServices({ poolMax: 1 });
  subgraph = await startSubgraph({ name: 'calendar', schema, port: 0, signingSecret: SIGNING_SECRET, services: services.services });
  const composed = composeSupergraph([{ name: 'calendar', url: subgraph.url, sdl: printSubgraphSchema(schema) }]);
  if (!composed.ok) throw new Error(`calendar subgraph does not compose: ${JSON.stringify(composed.problems)}`);
  gateway = await startGateway({
    port: 0,
    supergraphSdl: composed.supergraphSdl,
    signingSecret: SIGNING_SECRET,
    jwtSecret: JWT_SECRET,
    fileSigningSecret: FILE_SIGNING_SECRET,
    storage: services.services.storage,
  });
  origin = `http://127.0.0.1:${gateway.port}`;
});

afterAll(async () => {
  await gateway?.stop();
  await subgraph?.stop();
  await services?.close();
});

test('serves a known feed as text/calendar with private caching, byte for byte', async () => {
  const response = await send(`${origin}/calendar/${KNOWN_TOKEN}.ics`);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers['cache-control']).toBe('private');
  expect(response.text).toBe(FEED);
});

test('asks the subgraph through the signed path, as an anonymous viewer', async () => {
  const before = asked.tokens.length;
  await send(`${origin}/calendar/${KNOWN_TOKEN}.ics`);
  expect(asked.tokens.slice(before)).toEqual([KNOWN_TOKEN]);
  expect(asked.viewerKinds.slice(before)).toEqual(['anonymous']);
});

test('answers 404 for a well-formed token no plan holds', async () => {
  const response = await send(`${origin}/calendar/${'u'.repeat(43)}.ics`);
  expect(response.status).toBe(404);
  expect(response.headers['content-type']).toContain('application/json');
});

test('answers 400 for a malformed token without asking the subgraph', async () => {
  const before = asked.tokens.length;
  for (const path of ['/calendar/short.ics', `/calendar/${KNOWN_TOKEN}`, `/calendar/${'k'.repeat(42)}!.ics`, `/calendar/${KNOWN_TOKEN}.ics/extra`, '/calendar/']) {
    expect((await send(`${origin}${path}`)).status).toBe(400);
  }
  expect(asked.tokens.length).toBe(before);
});

test('refuses methods other than GET and HEAD', async () => {
  const response = await send(`${origin}/calendar/${KNOWN_TOKEN}.ics`, { method: 'POST', body: 'x' });
  expect(response.status).toBe(405);
  expect(response.headers.allow).toBe('GET, HEAD');
});

test('answers HEAD with the headers and no body', async () => {
  const response = await send(`${origin}/calendar/${KNOWN_TOKEN}.ics`, { method: 'HEAD' });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.text).toBe('');
});

test('masks a subgraph failure as a 500 without its message', async () => {
  const response = await send(`${origin}/calendar/${FAILING_TOKEN}.ics`);
  expect(response.status).toBe(500);
  expect(response.text).not.toContain('database unreachable');
});
