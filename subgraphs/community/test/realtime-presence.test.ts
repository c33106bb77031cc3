// Presence: the pure status rules, heartbeats from several tabs through the gateway, timeouts swept by
// two racing sweepers, and presenceChanged over a socket.
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import type { PrismaClient } from '../../kit/src/db';
import type { RunningSubgraph } from '../../kit/src/server';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { waitFor } from '../../kit/src/wait-for';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { combineStatuses, DEFAULT_PRESENCE_TIMEOUT_MS, presenceOf, sweepExpiredPresence } from '../src/realtime/presence';
import { communitySubgraph, connectAs, receivedErrorCodes, subscribe, type LiveOperation } from './support/realtime';

let platform: TestPlatform;
let prisma: PrismaClient;
let community: RunningSubgraph;
let otherInstance: TestServices;
const clients: Client[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  community = communitySubgraph(platform.subgraphs);
  // A second database client, as a second instance's sweeper would have.
  otherInstance = createTestServices();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await platform?.stop();
  await otherInstance?.close();
});

const REPORT = 'mutation R($s: ID!, $st: PresenceStatus!) { reportPresence(sessionId: $s, status: $st) }';
const END = 'mutation E($s: ID!) { endPresenceSession(sessionId: $s) }';
const PRESENCE = 'query P($ids: [ID!]!) { presence(userIds: $ids) { user { id } status changedAt } }';

async function report(person: Person, sessionId: string, status: 'online' | 'away'): Promise<boolean | undefined> {
  const response = await platform.graphql<{ reportPresence: boolean }>(REPORT, { s: sessionId, st: status }, { token: person.token });
  expect(response.errors).toBeUndefined();
  return response.data?.reportPresence;
}

async function statusOf(person: Person, asker: Person): Promise<string | undefined> {
  const response = await platform.graphql<{ presence: { status: string }[] }>(PRESENCE, { ids: [person.id] }, { token: asker.token });
  return response.data?.presence[0]?.status;
}

interface Changed {
  presenceChanged: { user: { id: string }; status: string; changedAt: string | null };
}

/** Watches people's presence; resolves once the initial statuses arrived, so the stream is live. */
async function watchPresence(watcher: Person, people: Person[]): Promise<LiveOperation<Changed>> {
  const client = connectAs(community, watcher);
  clients.push(client);
  const operation = subscribe<Changed>(client, 'subscription C($ids: [ID!]!) { presenceChanged(userIds: $ids) { user { id } status changedAt } }', {
    ids: people.map((person) => person.id),
  });
  await operation.waitForResults(people.length, 'the initial statuses');
  return operation;
}

const statuses = (operation: LiveOperation<Changed>) => operation.data.map((entry) => entry.presenceChanged.status);

test('a person is online when any session is online, away when all are away, offline with none', () => {
  expect(combineStatuses([])).toBe('offline');
  expect(combineStatuses(['away', 'online'])).toBe('online');
  expect(combineStatuses(['away', 'away'])).toBe('away');
});

test('a session that has not beaten within the timeout no longer counts', async () => {
  const person = await createPerson(prisma);
  const beat = new Date();
  await prisma.presenceSession.create({ data: { id: randomUUID(), userId: person.id, status: 'online', lastBeatAt: beat } });
  const justInTime = await presenceOf(prisma, [person.id], { now: new Date(beat.getTime() + DEFAULT_PRESENCE_TIMEOUT_MS) });
  const tooLate = await presenceOf(prisma, [person.id], { now: new Date(beat.getTime() + DEFAULT_PRESENCE_TIMEOUT_MS + 1) });
  expect(justInTime[0]?.status).toBe('online');
  expect(tooLate[0]).toEqual({ userId: person.id, status: 'offline', changedAt: null });
});

test('two tabs make one online status; only real changes are announced', async () => {
  const person = await createPerson(prisma);
  const watcher = await createPerson(prisma);
  const watching = await watchPresence(watcher, [person]);
  const [tabA, tabB] = [randomUUID(), randomUUID()];

  expect(await report(person, tabA, 'online')).toBe(true);
  expect(await report(person, tabB, 'online')).toBe(false);
  expect(await statusOf(person, watcher)).toBe('online');
  expect(await report(person, tabB, 'away')).toBe(false);
  expect(await report(person, tabA, 'away')).toBe(true);
  expect(await statusOf(person, watcher)).toBe('away');
  expect((await platform.graphql<{ endPresenceSession: boolean }>(END, { s: tabA }, { token: person.token })).data?.endPresenceSession).toBe(true);
  expect(await statusOf(person, watcher)).toBe('away');
  expect((await platform.graphql<{ endPresenceSession: boolean }>(END, { s: tabB }, { token: person.token })).data?.endPresenceSession).toBe(true);
  expect(await statusOf(person, watcher)).toBe('offline');

  await waitFor(() => statuses(watching).length >= 4, { what: 'three changes after the initial status' });
  expect(statuses(watching)).toEqual(['offline', 'online', 'away', 'offline']);
  expect(watching.data.every((entry) => entry.presenceChanged.user.id === person.id)).toBe(true);
});

test('closing one of two tabs changes nothing', async () => {
  const person = await createPerson(prisma);
  const [tabA, tabB] = [randomUUID(), randomUUID()];
  await report(person, tabA, 'online');
  await report(person, tabB, 'online');
  const watching = await watchPresence(await createPerson(prisma), [person]);
  await platform.graphql(END, { s: tabA }, { token: person.token });
  // The sentinel: the last tab going away is a change, and must be the first one seen.
  await report(person, tabB, 'away');
  await waitFor(() => statuses(watching).length >= 2, { what: 'the away change' });
  expect(statuses(watching)).toEqual(['online', 'away']);
});

test('a timed-out session is announced offline exactly once although two sweepers race', async () => {
  const person = await createPerson(prisma);
  const tab = randomUUID();
  await report(person, tab, 'online');
  const watching = await watchPresence(await createPerson(prisma), [person]);
  // The tab fell silent 80 seconds ago.
  await prisma.presenceSession.update({ where: { id: tab }, data: { lastBeatAt: new Date(Date.now() - 80_000) } });

  const pubsub = platform.handle.services.pubsub;
  const swept = await Promise.all([sweepExpiredPresence(prisma, pubsub), sweepExpiredPresence(otherInstance.services.prisma, pubsub)]);
  // This instance's own background sweeper may have got there first; never more than one announces.
  expect(swept.flat().filter((event) => event.userId === person.id).length).toBeLessThanOrEqual(1);
  expect(await prisma.presenceSession.count({ where: { userId: person.id } })).toBe(0);

  // The sentinel: coming back is announced after the offline event, with nothing in between.
  await report(person, randomUUID(), 'online');
  await waitFor(() => statuses(watching).length >= 3, { what: 'offline then online' });
  expect(statuses(watching)).toEqual(['online', 'offline', 'online']);
});

test('presenceChanged starts with everyone’s current status', async () => {
  const online = await createPerson(prisma);
  const away = await createPerson(prisma);
  const offline = await createPerson(prisma);
  await report(online, randomUUID(), 'online');
  await report(away, randomUUID(), 'away');
  const watching = await watchPresence(offline, [online, away, offline]);
  const initial = Object.fromEntries(watching.data.map((entry) => [entry.presenceChanged.user.id, entry.presenceChanged]));
  expect(initial[online.id]?.status).toBe('online');
  expect(initial[online.id]?.changedAt).not.toBeNull();
  expect(initial[away.id]?.status).toBe('away');
  expect(initial[offline.id]).toEqual({ user: { id: offline.id }, status: 'offline', changedAt: null });
});

test('presence is refused to the anonymous, on the query and the subscription', async () => {
  const person = await createPerson(prisma);
  expect(errorCodes(await platform.graphql(PRESENCE, { ids: [person.id] }))).toEqual(['UNAUTHENTICATED']);
  const client = connectAs(community, null);
  clients.push(client);
  const refused = subscribe(client, 'subscription C($ids: [ID!]!) { presenceChanged(userIds: $ids) { status } }', { ids: [person.id] });
  await refused.waitForEnd();
  expect(receivedErrorCodes(refused)).toEqual(['UNAUTHENTICATED']);
});

test('more than 100 people or malformed ids are refused with BAD_USER_INPUT', async () => {
  const person = await createPerson(prisma);
  const many = Array.from({ length: 101 }, () => randomUUID());
  expect(errorCodes(await platform.graphql(PRESENCE, { ids: many }, { token: person.token }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await platform.graphql(PRESENCE, { ids: ['someone'] }, { token: person.token }))).toEqual(['BAD_USER_INPUT']);
  const client = connectAs(community, person);
  clients.push(client);
  const refused = subscribe(client, 'subscription C($ids: [ID!]!) { presenceChanged(userIds: $ids) { status } }', { ids: many });
  await refused.waitForEnd();
  expect(receivedErrorCodes(refused)).toEqual(['BAD_USER_INPUT']);
});

describe('reportPresence and endPresenceSession refuse bad input and write nothing', () => {
  const cases = [
    { name: 'a session id that is not a UUID', query: REPORT, variables: () => ({ s: 'tab-1', st: 'online' }), code: 'BAD_USER_INPUT' },
    { name: 'reporting offline', query: REPORT, variables: () => ({ s: randomUUID(), st: 'offline' }), code: 'BAD_USER_INPUT' },
    { name: 'an unknown status', query: REPORT, variables: () => ({ s: randomUUID(), st: 'busy' }), code: 'BAD_USER_INPUT' },
    { name: 'ending a session id that is not a UUID', query: END, variables: () => ({ s: 'tab-1' }), code: 'BAD_USER_INPUT' },
  ];
  test.each(cases)('$name', async ({ query, variables, code }) => {
    const person = await createPerson(prisma);
    expect(errorCodes(await platform.graphql(query, variables(), { token: person.token }))).toEqual([code]);
    expect(await prisma.presenceSession.count({ where: { userId: person.id } })).toBe(0);
  });

  test('the anonymous cannot report presence', async () => {
    expect(errorCodes(await platform.graphql(REPORT, { s: randomUUID(), st: 'online' }))).toEqual(['UNAUTHENTICATED']);
  });

  test('another person’s session id is refused with CONFLICT and their session is untouched', async () => {
    const owner = await createPerson(prisma);
    const intruder = await createPerson(prisma);
    const tab = randomUUID();
    await report(owner, tab, 'online');
    const before = await prisma.presenceSession.findUniqueOrThrow({ where: { id: tab } });
    expect(errorCodes(await platform.graphql(REPORT, { s: tab, st: 'away' }, { token: intruder.token }))).toEqual(['CONFLICT']);
    expect(await prisma.presenceSession.findUniqueOrThrow({ where: { id: tab } })).toEqual(before);
    expect((await platform.graphql<{ endPresenceSession: boolean }>(END, { s: tab }, { token: intruder.token })).data?.endPresenceSession).toBe(false);
    expect(await prisma.presenceSession.count({ where: { id: tab } })).toBe(1);
  });
});
