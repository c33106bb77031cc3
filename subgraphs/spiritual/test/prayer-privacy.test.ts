// Who reads a prayer entry, through every path: private entries reach their author only, partner
// entries also reach accepted partners, community entries reach every signed-in person, and anonymous
// requests read nothing. `_entities` is sent straight to the subgraph, since it skips root-field checks.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, TEST_SECRETS, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrayerEntry, PrismaClient } from '../../kit/src/db';
import { REQUEST_ID_HEADER } from '../../kit/src/request-id';
import { errorCodes, postGraphQL } from '../../kit/src/testing/graphql-client';
import { VIEWER_HEADER, signViewer } from '../../kit/src/viewer-signature';
import { createEntry, makePartners, viewerOf } from './support/prayer';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

type Who = 'author' | 'partner' | 'stranger';
type Visibility = 'private' | 'partners' | 'community';

/** Which visibilities each viewer reads. */
const READS: Record<Who, Visibility[]> = {
  author: ['private', 'partners', 'community'],
  partner: ['partners', 'community'],
  stranger: ['community'],
};

interface World {
  people: Record<Who, Person>;
  entries: Record<Visibility, PrayerEntry>;
}

async function world(): Promise<World> {
  const people = { author: await createStudent(prisma), partner: await createStudent(prisma), stranger: await createStudent(prisma) };
  await makePartners(prisma, people.partner, people.author);
  const answeredAt = new Date();
  const entries = {
    private: await createEntry(prisma, people.author, { visibility: 'private', title: 'Private secret', answeredAt }),
    partners: await createEntry(prisma, people.author, { visibility: 'partners', title: 'Partners secret', answeredAt }),
    community: await createEntry(prisma, people.author, { visibility: 'community', title: 'Community secret', answeredAt }),
  };
  return { people, entries };
}

const visibleOf = (w: World, ids: string[]) =>
  (Object.keys(w.entries) as Visibility[]).filter((visibility) => ids.includes(w.entries[visibility].id)).sort();

const WHO: Who[] = ['author', 'partner', 'stranger'];

describe.each(WHO)('as the %s', (who) => {
  test('prayerEntry returns exactly the entries this viewer may read', async () => {
    const w = await world();
    const seen: string[] = [];
    for (const entry of Object.values(w.entries)) {
      const response = await platform.graphql<{ prayerEntry: { id: string } | null }>('query One($id: ID!) { prayerEntry(id: $id) { id } }', { id: entry.id }, { token: w.people[who].token });
      expect(response.errors).toBeUndefined();
      if (response.data?.prayerEntry) seen.push(response.data.prayerEntry.id);
    }
    expect(visibleOf(w, seen)).toEqual([...READS[who]].sort());
  });

  test('the lists never show an entry this viewer may not read', async () => {
    const w = await world();
    const response = await platform.graphql<Record<'communityPrayers' | 'partnerPrayers' | 'answeredPrayers' | 'myPrayerEntries', { edges: { node: { id: string } }[] }>>(
      `{ communityPrayers(first: 100) { edges { node { id } } }
         partnerPrayers(first: 100) { edges { node { id } } }
         answeredPrayers(first: 100) { edges { node { id } } }
         myPrayerEntries(first: 100, filter: { search: "secret" }) { edges { node { id } } } }`,
      {},
      { token: w.people[who].token },
    );
    expect(response.errors).toBeUndefined();
    const ids = (list: 'communityPrayers' | 'partnerPrayers' | 'answeredPrayers' | 'myPrayerEntries') =>
      response.data?.[list].edges.map((edge) => edge.node.id) ?? [];
    expect(visibleOf(w, ids('communityPrayers'))).toEqual(['community']);
    expect(visibleOf(w, ids('partnerPrayers'))).toEqual(who === 'partner' ? ['partners'] : []);
    expect(visibleOf(w, ids('answeredPrayers'))).toEqual([...READS[who]].sort());
    expect(visibleOf(w, ids('myPrayerEntries'))).toEqual(who === 'author' ? ['community', 'partners', 'private'] : []);
  });

  test('_entities sent straight to the subgraph repeats the check', async () => {
    const w = await world();
    const spiritual = platform.subgraphs.find((subgraph) => subgraph.name === 'spiritual')!;
    const requestId = randomUUID();
    const response = await postGraphQL<{ _entities: ({ id: string; title: string } | null)[] }>(
      spiritual.url,
      'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on PrayerEntry { id title } } }',
      { representations: Object.values(w.entries).map((entry) => ({ __typename: 'PrayerEntry', id: entry.id })) },
      { headers: { [REQUEST_ID_HEADER]: requestId, [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewerOf(w.people[who]), requestId, { ttlSeconds: 30 }) } },
    );
    expect(response.errors).toBeUndefined();
    const ids = (response.data?._entities ?? []).flatMap((entity) => (entity ? [entity.id] : []));
    expect(visibleOf(w, ids)).toEqual([...READS[who]].sort());
  });

  test('"I prayed" on an entry this viewer may not read is NOT_FOUND and counts nothing', async () => {
    const w = await world();
    for (const visibility of ['private', 'partners', 'community'] as const) {
      const entry = w.entries[visibility];
      const response = await platform.graphql('mutation P($id: ID!) { prayedFor(entryId: $id, timezone: "UTC") { prayedCount } }', { id: entry.id }, { token: w.people[who].token });
      if (READS[who].includes(visibility)) {
        expect(response.errors).toBeUndefined();
      } else {
        expect(errorCodes(response)).toEqual(['NOT_FOUND']);
        expect(await prisma.prayerPrayed.count({ where: { entryId: entry.id } })).toBe(0);
      }
    }
  });
});

test('anonymous requests are refused on every prayer query', async () => {
  const w = await world();
  for (const query of ['{ communityPrayers { edges { node { id } } } }', '{ partnerPrayers { edges { node { id } } } }', '{ answeredPrayers { edges { node { id } } } }', '{ myPrayerEntries { edges { node { id } } } }', '{ myPrayerPartners { id } }', '{ myPrayerPartnerInvites { id } }']) {
    expect(errorCodes(await platform.graphql(query))).toEqual(['UNAUTHENTICATED']);
  }
  const one = await platform.graphql('query One($id: ID!) { prayerEntry(id: $id) { id title } }', { id: w.entries.community.id });
  expect(errorCodes(one)).toEqual(['UNAUTHENTICATED']);
});

test('_entities without a signed-in viewer returns null for every visibility', async () => {
  const w = await world();
  const spiritual = platform.subgraphs.find((subgraph) => subgraph.name === 'spiritual')!;
  const requestId = randomUUID();
  const response = await postGraphQL<{ _entities: unknown[] }>(
    spiritual.url,
    'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on PrayerEntry { id title } } }',
    { representations: Object.values(w.entries).map((entry) => ({ __typename: 'PrayerEntry', id: entry.id })) },
    { headers: { [REQUEST_ID_HEADER]: requestId, [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, { kind: 'anonymous', ip: '192.0.2.1' }, requestId, { ttlSeconds: 30 }) } },
  );
  expect(response.data?._entities).toEqual([null, null, null]);
});

test('an ended partnership stops showing partner entries', async () => {
  const w = await world();
  const ended = await platform.graphql('mutation End($id: ID!) { endPrayerPartnership(partnerId: $id) }', { id: w.people.author.id }, { token: w.people.partner.token });
  expect(ended.errors).toBeUndefined();
  const response = await platform.graphql<{ prayerEntry: unknown }>('query One($id: ID!) { prayerEntry(id: $id) { id } }', { id: w.entries.partners.id }, { token: w.people.partner.token });
  expect(response.data?.prayerEntry).toBeNull();
});
