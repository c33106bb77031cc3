// The administrators' people directory: search by name or email, filter by role, pages, and who may ask.
import { randomUUID } from 'node:crypto';
import { createUser, uniqueEmail } from './support/factories';
import { startTestUsersSubgraph, userViewer, type TestUsersSubgraph } from './support/users-subgraph';

let subgraph: TestUsersSubgraph;
beforeAll(async () => {
  subgraph = await startTestUsersSubgraph();
});
afterAll(() => subgraph.stop());

const PEOPLE = `query People($search: String, $role: Role, $first: Int, $after: String) {
  people(search: $search, role: $role, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id displayName email roles } }
  }
}`;

interface PeoplePage {
  people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; displayName: string; email: string | null; roles: string[] } }> };
}

describe('people', () => {
  it('finds people by part of their name or email, in any letter case, for an admin', async () => {
    const admin = await createUser(subgraph.prisma, { roles: ['admin'] });
    const marker = randomUUID().slice(0, 8);
    const byName = await createUser(subgraph.prisma, { displayName: `Zebediah ${marker}` });
    const byEmail = await createUser(subgraph.prisma, { email: uniqueEmail(`mail${marker}`) });
    await createUser(subgraph.prisma, { displayName: 'Someone Else' });

    const result = await subgraph.call<PeoplePage>(PEOPLE, { search: marker.toUpperCase() }, userViewer(admin));
    expect(result.errors).toBeUndefined();
    expect(result.data?.people.edges.map((edge) => edge.node.id).sort()).toEqual([byName.id, byEmail.id].sort());
    expect(result.data?.people.totalCount).toBe(2);
  });

  it('filters by role and pages through the matches without overlap', async () => {
    const admin = await createUser(subgraph.prisma, { roles: ['admin'] });
    const marker = randomUUID().slice(0, 8);
    const instructors = await Promise.all([1, 2, 3].map((n) => createUser(subgraph.prisma, { displayName: `Teacher ${n} ${marker}`, roles: ['student', 'instructor'] })));
    await createUser(subgraph.prisma, { displayName: `Pupil ${marker}` });

    const first = await subgraph.call<PeoplePage>(PEOPLE, { search: marker, role: 'instructor', first: 2 }, userViewer(admin));
    expect(first.data?.people.edges).toHaveLength(2);
    expect(first.data?.people.pageInfo.hasNextPage).toBe(true);
    const second = await subgraph.call<PeoplePage>(
      PEOPLE,
      { search: marker, role: 'instructor', first: 2, after: first.data?.people.pageInfo.endCursor },
      userViewer(admin),
    );
    expect(second.data?.people.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.data!.people.edges, ...second.data!.people.edges].map((edge) => edge.node.id);
    expect(seen.sort()).toEqual(instructors.map((person) => person.id).sort());
  });

  it('refuses anyone but an admin', async () => {
    const student = await createUser(subgraph.prisma);
    const result = await subgraph.call<PeoplePage>(PEOPLE, {}, userViewer(student));
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
