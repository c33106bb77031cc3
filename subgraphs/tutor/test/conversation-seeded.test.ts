// The offline tutor on the demo data, end to end: the seed publishes the demo courses' material, the
// event bus carries it to the tutor, a student enrols through the graph, and the offline tutor answers
// a question from a seeded lecture, citing it.
import { createPerson } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { seedDemoData } from '../../../scripts/seed/seed-demo-data';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { migrateDatabase } from '../../kit/src/migrate';
import { connectToGateway } from '../../kit/src/testing/live-subscriptions';
import { waitFor } from '../../kit/src/wait-for';
import Redis from 'ioredis';
import type { Client } from 'graphql-ws';
import { answerEvents, liveTutorStream, REDIS_URL, SEND, startSession, type SendData } from './support/tutoring';

let database: ScratchDatabase;
let platform: TestPlatform;
let redis: Redis;
let client: Client | undefined;

beforeAll(async () => {
  database = await createScratchDatabase('tutor_seeded', { empty: true });
  await migrateDatabase(database.url);
  await seedDemoData(database.prisma);
  platform = await startTestPlatform({ DATABASE_URL: database.url, REDIS_URL });
  redis = new Redis(REDIS_URL);
}, 120_000);

afterAll(async () => {
  await client?.dispose();
  redis?.disconnect();
  await platform?.stop();
  await database?.drop();
});

test('the offline tutor answers from a seeded lecture and cites it', async () => {
  const prisma = platform.handle.services.prisma;
  const course = await prisma.course.findUniqueOrThrow({ where: { slug: 'recursion-from-scratch' } });
  await waitFor(() => prisma.tutorCourse.findUnique({ where: { courseId: course.id } }), { what: 'the seeded course material to reach the tutor', timeoutMs: 30_000 });

  const student = await createPerson(prisma, { roles: ['student'] });
  const enrolled = await platform.graphql('mutation E($id: ID!) { enroll(courseId: $id) { id } }', { id: course.id }, { token: student.token });
  expect(enrolled.errors).toBeUndefined();
  await waitFor(() => prisma.tutorEnrollment.findUnique({ where: { userId_courseId: { userId: student.id, courseId: course.id } } }), {
    what: 'the enrollment to reach the tutor',
  });

  const sessionId = await startSession(platform, student, { courseId: course.id });
  const session = await prisma.tutorSession.findUniqueOrThrow({ where: { id: sessionId }, include: { tutor: true } });
  // The Computer Science faculty's own tutor takes a session about a CS course.
  expect(session.tutor.facultyId).toBe(course.facultyId);

  client = connectToGateway(platform.url, student.token);
  const stream = await liveTutorStream(client, redis, sessionId);
  const sent = await platform.graphql<SendData>(SEND, { sessionId, content: 'What is the default recursion limit in CPython?' }, { token: student.token });
  expect(sent.errors).toBeUndefined();
  const events = await answerEvents(stream, sent.data!.sendTutorMessage.pendingMessageId);
  const final = events[events.length - 1]!;
  expect(final).toMatchObject({ status: 'complete', offline: true });
  expect(final.content).toMatch(/offline/i);
  expect(final.content).toContain('recursion limit is 1000 frames');
  expect(final.citations?.[0]?.title).toBe('The Call Stack');
});
