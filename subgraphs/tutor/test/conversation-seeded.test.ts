// The offline tutor on the demo data, end to end: the seed publishes the demo courses' material, the
// event bus carries it to the tutor, a student enrols through the graph, and the offline tutor answers
// a question from a seeded lecture, citing it. (Streaming is covered by the other conversation tests.)
import { createPerson } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { seedDemoData } from '../../../scripts/seed/seed-demo-data';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { migrateDatabase } from '../../kit/src/migrate';
import { waitFor } from '../../kit/src/wait-for';
import { SEND, startSession, type SendData } from './support/tutoring';

let database: ScratchDatabase;
let platform: TestPlatform;

beforeAll(async () => {
  database = await createScratchDatabase('tutor_seeded', { empty: true });
  await migrateDatabase(database.url);
  await seedDemoData(database.prisma);
  // The in-process bus: Redis streams are shared by every test platform on this machine, and another
  // platform's consumers (on another database) could take this database's events.
  platform = await startTestPlatform({ DATABASE_URL: database.url });
}, 120_000);

afterAll(async () => {
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

  const sent = await platform.graphql<SendData>(SEND, { sessionId, content: 'What is the default recursion limit in CPython?' }, { token: student.token });
  expect(sent.errors).toBeUndefined();
  const answerId = sent.data!.sendTutorMessage.pendingMessageId;
  const answer = await waitFor(
    async () => {
      const row = await prisma.tutorMessage.findUniqueOrThrow({ where: { id: answerId } });
      return row.status !== 'pending' && row;
    },
    { what: 'the stored answer', timeoutMs: 20_000 },
  );
  expect(answer).toMatchObject({ status: 'complete', offline: true });
  expect(answer.content).toMatch(/offline/i);
  expect(answer.content).toContain('recursion limit is 1000 frames');
  expect((answer.citations as { title: string }[])[0]?.title).toBe('The Call Stack');
});
