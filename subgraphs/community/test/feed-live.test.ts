// The live feed over graphql-ws, straight against the community subgraph: each subscriber receives only
// the posts its scope and visibility allow, and held posts never go out.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { waitFor } from '../../kit/src/wait-for';
import type { Client } from 'graphql-ws';
import { collect, connectToCommunity, createBlockedWord, createCourseChannel, type Received } from './support/feed';

let platform: TestPlatform;
let member: Person;
let stranger: Person;
let courseId: string;
const clients: Client[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  const prisma = platform.handle.services.prisma;
  member = await createPerson(prisma);
  stranger = await createPerson(prisma);
  ({ courseId } = await createCourseChannel(prisma, member.id));
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await platform?.stop();
});

const POST_ADDED = 'subscription S($scope: FeedScope!) { postAdded(scope: $scope) { id body courseId } }';
type PostAdded = { postAdded: { id: string; body: string; courseId: string | null } };

function connect(person: Person | null): Client {
  const url = platform.subgraphs.find((subgraph) => subgraph.name === 'community')!.url;
  const client = connectToCommunity(url, person);
  clients.push(client);
  return client;
}

async function post(person: Person, input: Record<string, unknown>): Promise<string> {
  const response = await platform.graphql<{ createPost: { id: string } }>('mutation C($input: CreatePostInput!) { createPost(input: $input) { id } }', { input }, { token: person.token });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createPost.id;
}

/** Posts probes until the stream delivers one, so the subscription is known to be live. */
async function untilLive(received: Received<PostAdded>, probe: () => Promise<string>): Promise<void> {
  const probes: string[] = [];
  await waitFor(
    async () => {
      if (received.data.some((event) => probes.includes(event.postAdded.id))) return true;
      probes.push(await probe());
      return false;
    },
    { intervalMs: 50, what: 'the subscription to go live' },
  );
}

test('a course member’s my_courses stream gets course posts but never held ones', async () => {
  const stream = collect<PostAdded>(connect(member), POST_ADDED, { scope: 'my_courses' });
  await untilLive(stream, () => post(member, { body: 'probe', courseId }));
  const word = await createBlockedWord(platform.handle.services.prisma);
  const held = await post(member, { body: `held ${word}`, courseId });
  const shown = await post(member, { body: 'shown to the course', courseId });
  await waitFor(() => stream.data.some((event) => event.postAdded.id === shown), { what: 'the course post' });
  expect(stream.data.map((event) => event.postAdded.id)).not.toContain(held);
  stream.stop();
});

test('a stranger’s everyone stream gets public posts but not course posts', async () => {
  const stream = collect<PostAdded>(connect(stranger), POST_ADDED, { scope: 'everyone' });
  await untilLive(stream, () => post(stranger, { body: 'public probe' }));
  const coursePost = await post(member, { body: 'members only', courseId });
  const publicPost = await post(member, { body: 'for everyone' });
  await waitFor(() => stream.data.some((event) => event.postAdded.id === publicPost), { what: 'the public post' });
  expect(stream.data.map((event) => event.postAdded.id)).not.toContain(coursePost);
  stream.stop();
});

test('the anonymous are refused with an error, not an empty stream', async () => {
  const stream = collect<PostAdded>(connect(null), POST_ADDED, { scope: 'everyone' });
  await waitFor(() => stream.errors.length > 0, { what: 'the refusal' });
  expect(stream.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
