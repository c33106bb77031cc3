// Who may talk with the tutor, quotas and rate limits, input validation, and the offline tutor (no
// model configured) answering from a course's material — all through the gateway.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { Client } from 'graphql-ws';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { connectToGateway, receivedErrorCodes, subscribe } from '../../kit/src/testing/live-subscriptions';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { recordGuardianLink } from '../src/facts/guardians';
import { createCourse } from '../../courses/test/support/courses';
import { periodStartOf } from '../src/conversation/quota';
import { SEND_RATE_LIMIT } from '../src/conversation/conversation-rules';
import { answerEvents, liveTutorStream, REDIS_URL, SEND, STREAM, startSession, tutoringFixture, type SendData } from './support/tutoring';

let platform: TestPlatform;
let prisma: PrismaClient;
let redis: Redis;
const clients: Client[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({ REDIS_URL });
  prisma = platform.handle.services.prisma;
  redis = new Redis(REDIS_URL);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await platform?.stop();
  redis?.disconnect();
});

function connect(token?: string): Client {
  const client = connectToGateway(platform.url, token);
  clients.push(client);
  return client;
}

const send = (token: string, sessionId: string, content: string) => platform.graphql<SendData>(SEND, { sessionId, content }, { token });

const START = 'mutation Start($input: StartTutorSessionInput!) { startTutorSession(input: $input) { id } }';

describe('the offline tutor', () => {
  test('answers from the course material, cites the lecture, asks a guiding question and says it is offline', async () => {
    const fixture = await tutoringFixture(prisma);
    const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
    const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
    const sent = await send(fixture.student.token, sessionId, 'Why does chlorophyll make leaves look green?');
    const answerId = sent.data!.sendTutorMessage.pendingMessageId;
    const events = await answerEvents(stream, answerId);

    expect(events.length).toBeGreaterThan(3);
    expect(events.every((event) => event.offline)).toBe(true);
    const final = events[events.length - 1]!;
    expect(final.status).toBe('complete');
    expect(events.filter((event) => !event.done).map((event) => event.delta).join('')).toBe(final.content);
    expect(final.content).toMatch(/offline/i);
    expect(final.content).toContain('reflects green light');
    expect(final.content).toContain('How Leaves Make Sugar');
    expect(final.content!.trimEnd()).toMatch(/\?\**$/);
    expect(final.citations).toEqual([{ lectureId: fixture.lectureId, title: 'How Leaves Make Sugar' }]);
    const stored = await prisma.tutorMessage.findUniqueOrThrow({ where: { id: answerId } });
    expect(stored).toMatchObject({ status: 'complete', offline: true, model: 'offline', content: final.content });
  });

  test('lists the session’s messages oldest first with the question and the stored answer', async () => {
    const fixture = await tutoringFixture(prisma);
    const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
    const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
    const sent = await send(fixture.student.token, sessionId, 'What does the Calvin cycle make?');
    await answerEvents(stream, sent.data!.sendTutorMessage.pendingMessageId);
    const response = await platform.graphql<{ tutorSession: { title: string; messages: { totalCount: number; edges: { node: { role: string; status: string; offline: boolean } }[] } } }>(
      'query S($id: ID!) { tutorSession(id: $id) { title messages(first: 10) { totalCount edges { node { role status offline } } } } }',
      { id: sessionId },
      { token: fixture.student.token },
    );
    expect(response.data!.tutorSession.title).toBe('What does the Calvin cycle make?');
    expect(response.data!.tutorSession.messages.totalCount).toBe(2);
    expect(response.data!.tutorSession.messages.edges.map((edge) => edge.node)).toEqual([
      { role: 'user', status: 'complete', offline: false },
      { role: 'assistant', status: 'complete', offline: true },
    ]);
  });
});

describe('access', () => {
  test('a student not enrolled in the course cannot open a session about it', async () => {
    const fixture = await tutoringFixture(prisma);
    const outsider = await createPerson(prisma, { roles: ['student'] });
    const response = await platform.graphql(START, { input: { courseId: fixture.content.courseId } }, { token: outsider.token });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(await prisma.tutorSession.count({ where: { userId: outsider.id } })).toBe(0);
  });

  test('the course’s instructor may open a session about it, and anyone may open a general one', async () => {
    const fixture = await tutoringFixture(prisma);
    await startSession(platform, fixture.instructor, { courseId: fixture.content.courseId });
    const outsider = await createPerson(prisma, { roles: ['student'] });
    await startSession(platform, outsider, {});
    expect(await prisma.tutorSession.count({ where: { userId: { in: [fixture.instructor.id, outsider.id] } } })).toBe(2);
  });

  test('a lecture of another course is refused, and an unknown lecture is not found', async () => {
    const fixture = await tutoringFixture(prisma);
    const other = await tutoringFixture(prisma);
    const wrong = await platform.graphql(START, { input: { courseId: fixture.content.courseId, lectureId: other.lectureId } }, { token: fixture.student.token });
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    const unknown = await platform.graphql(START, { input: { lectureId: randomUUID() } }, { token: fixture.student.token });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  test('a student who dropped the course can no longer ask in its session', async () => {
    const fixture = await tutoringFixture(prisma);
    const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
    await prisma.tutorEnrollment.deleteMany({ where: { userId: fixture.student.id } });
    expect(errorCodes(await send(fixture.student.token, sessionId, 'Still there?'))).toEqual(['FORBIDDEN']);
    expect(await prisma.tutorMessage.count({ where: { sessionId } })).toBe(0);
  });

  test('a stranger can neither read, ask in, stop, subscribe to nor reach through _entities someone else’s session', async () => {
    const fixture = await tutoringFixture(prisma);
    const stranger = await createPerson(prisma, { roles: ['student'] });
    const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
    const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
    const sent = await send(fixture.student.token, sessionId, 'What splits water?');
    const answerId = sent.data!.sendTutorMessage.pendingMessageId;
    await answerEvents(stream, answerId);

    const read = await platform.graphql<{ tutorSession: unknown }>('query S($id: ID!) { tutorSession(id: $id) { id } }', { id: sessionId }, { token: stranger.token });
    expect(read.errors).toBeUndefined();
    expect(read.data!.tutorSession).toBeNull();
    expect(errorCodes(await send(stranger.token, sessionId, 'Hello?'))).toEqual(['NOT_FOUND']);
    const cancel = await platform.graphql('mutation C($id: ID!) { cancelTutorMessage(messageId: $id) { id } }', { id: answerId }, { token: stranger.token });
    expect(errorCodes(cancel)).toEqual(['NOT_FOUND']);
    const spy = subscribe(connect(stranger.token), STREAM, { sessionId });
    await spy.waitForEnd();
    expect(receivedErrorCodes(spy)).toEqual(['NOT_FOUND']);
    const entities = await platform.graphql<{ _entities: unknown[] }>(
      'query E($r: [_Any!]!) { _entities(representations: $r) { ... on TutorSession { id title } } }',
      { r: [{ __typename: 'TutorSession', id: sessionId }] },
      { token: stranger.token },
    );
    expect(JSON.stringify(entities.data ?? null)).not.toContain('What splits water');
    expect(await prisma.tutorMessage.count({ where: { sessionId } })).toBe(2);
  });

  test('an anonymous caller is asked to sign in', async () => {
    const response = await platform.graphql(START, { input: {} });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('limits', () => {
  test('the month’s last question is refused with PAYMENT_REQUIRED and the remaining count, leaving nothing behind', async () => {
    const fixture = await tutoringFixture(prisma);
    const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
    await prisma.tutorUsage.create({ data: { userId: fixture.student.id, periodStart: periodStartOf(new Date()), questions: 50 } });
    const refused = await send(fixture.student.token, sessionId, 'One more question?');
    expect(errorCodes(refused)).toEqual(['PAYMENT_REQUIRED']);
    expect(refused.errors![0]!.extensions).toMatchObject({ plan: 'starter', limit: 50, used: 50, remaining: 0 });
    expect(refused.errors![0]!.message).toMatch(/0 remain/);
    expect(await prisma.tutorMessage.count({ where: { sessionId } })).toBe(0);

    // A standard plan raises the allowance to 200.
    await prisma.tutorPlanAssignment.create({ data: { userId: fixture.student.id, plan: 'standard' } });
    const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
    const allowed = await send(fixture.student.token, sessionId, 'One more question?');
    expect(allowed.errors).toBeUndefined();
    await answerEvents(stream, allowed.data!.sendTutorMessage.pendingMessageId);
    const usage = await platform.graphql<{ tutorUsage: { plan: string; limit: number; used: number; remaining: number } }>(
      '{ tutorUsage { plan limit used remaining } }',
      {},
      { token: fixture.student.token },
    );
    expect(usage.data!.tutorUsage).toEqual({ plan: 'standard', limit: 200, used: 51, remaining: 149 });
  });

  test('concurrent questions never take more than the plan allows', async () => {
    const student = await createPerson(prisma, { roles: ['student'] });
    await prisma.tutorUsage.create({ data: { userId: student.id, periodStart: periodStartOf(new Date()), questions: 48 } });
    const sessions = await Promise.all([0, 1, 2, 3, 4].map(() => startSession(platform, student, {})));
    const results = await Promise.all(sessions.map((sessionId) => send(student.token, sessionId, 'What is a cell?')));
    const codes = results.map((result) => errorCodes(result)[0] ?? 'ok');
    expect(codes.filter((code) => code === 'ok')).toHaveLength(2);
    expect(codes.filter((code) => code === 'PAYMENT_REQUIRED')).toHaveLength(3);
    const row = await prisma.tutorUsage.findUniqueOrThrow({ where: { userId_periodStart: { userId: student.id, periodStart: periodStartOf(new Date()) } } });
    expect(row.questions).toBe(50);
  });

  test('asking faster than the rate limit is refused with RATE_LIMITED and a retry time', async () => {
    const student = await createPerson(prisma, { roles: ['student'] });
    const sessionId = await startSession(platform, student, {});
    const now = new Date();
    await prisma.tutorMessage.createMany({
      data: Array.from({ length: SEND_RATE_LIMIT.questions }, (_, index) => ({
        sessionId,
        role: 'user' as const,
        content: `Question ${index}`,
        createdAt: new Date(now.getTime() - 1000 * (index + 1)),
      })),
    });
    const refused = await send(student.token, sessionId, 'And another?');
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
    expect(await prisma.tutorMessage.count({ where: { sessionId } })).toBe(SEND_RATE_LIMIT.questions);
  });

  test('an empty or overlong question is refused with the field named', async () => {
    const student = await createPerson(prisma, { roles: ['student'] });
    const sessionId = await startSession(platform, student, {});
    const empty = await send(student.token, sessionId, '   ');
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(empty.errors![0]!.extensions!.field).toBe('content');
    expect(errorCodes(await send(student.token, sessionId, 'x'.repeat(4001)))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await send(student.token, 'not-a-session', 'Hello?'))).toEqual(['BAD_USER_INPUT']);
    expect(await prisma.tutorMessage.count({ where: { sessionId } })).toBe(0);
  });

  test('usage is visible to the student and their linked parent, refused to a stranger', async () => {
    const student = await createPerson(prisma, { roles: ['student', 'instructor'] });
    const [parent, stranger] = await Promise.all([createPerson(prisma, { roles: ['parent'] }), createPerson(prisma, { roles: ['student'] })]);
    await recordGuardianLink(prisma, { parentId: parent.id, childId: student.id });
    await prisma.parentLink.create({ data: { parentId: parent.id, childId: student.id, status: 'confirmed', respondedAt: new Date() } });
    const asParent = await platform.graphql<{ me: { children: { id: string; tutorUsage: unknown }[] } }>(
      '{ me { children { id tutorUsage { plan used remaining } } } }',
      {},
      { token: parent.token },
    );
    expect(asParent.errors).toBeUndefined();
    expect(asParent.data!.me.children.find((child) => child.id === student.id)?.tutorUsage).toEqual({ plan: 'starter', used: 0, remaining: 50 });
    // A stranger reaches the person as the instructor of a public course, but not their usage.
    const { course } = await createCourse(prisma, { ownerId: student.id });
    const asStranger = await platform.graphql('query C($id: ID!) { course(id: $id) { instructors { id tutorUsage { used } } } }', { id: course.id }, { token: stranger.token });
    expect(errorCodes(asStranger)).toEqual(['FORBIDDEN']);
  });
});
