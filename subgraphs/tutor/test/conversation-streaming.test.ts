// Conversations through the gateway against a local server that speaks OpenAI's streaming protocol:
// deltas in order, one stored answer whatever the client does, retries, errors and cancelling.
import Redis from 'ioredis';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { connectToGateway } from '../../kit/src/testing/live-subscriptions';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';
import type { Client } from 'graphql-ws';
import { fail, reply, startFakeOpenAiServer, type FakeOpenAiServer } from './support/fake-openai-server';
import {
  answerEvents,
  liveTutorStream,
  REDIS_URL,
  SEND,
  startSession,
  tutoringFixture,
  type SendData,
} from './support/tutoring';

let platform: TestPlatform;
let prisma: PrismaClient;
let provider: FakeOpenAiServer;
let redis: Redis;
const clients: Client[] = [];

beforeAll(async () => {
  provider = await startFakeOpenAiServer();
  platform = await startTestPlatform({ REDIS_URL, OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: provider.url, OPENAI_MODEL: 'fake-tutor-model' });
  prisma = platform.handle.services.prisma;
  redis = new Redis(REDIS_URL);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await platform?.stop();
  await provider?.close();
  redis?.disconnect();
});

function connect(token: string): Client {
  const client = connectToGateway(platform.url, token);
  clients.push(client);
  return client;
}

const send = (token: string, sessionId: string, content: string) => platform.graphql<SendData>(SEND, { sessionId, content }, { token });

const storedAnswer = (id: string) => prisma.tutorMessage.findUniqueOrThrow({ where: { id } });

const usedQuestions = async (userId: string) => (await prisma.tutorUsage.findMany({ where: { userId } })).reduce((sum, row) => sum + row.questions, 0);

test('streams the deltas in order through the gateway and stores the answer once with its usage and citation', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId, lectureId: fixture.lectureId });
  const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
  const chunks = ['What ', 'colour ', 'of light ', 'does chlorophyll ', 'reflect? ', '(Lecture: How Leaves Make Sugar)'];
  provider.enqueue(reply(chunks, { chunkDelayMs: 30, usage: { promptTokens: 321, completionTokens: 17 } }));

  const sent = await send(fixture.student.token, sessionId, 'Why are leaves green?');
  expect(sent.errors).toBeUndefined();
  const answerId = sent.data!.sendTutorMessage.pendingMessageId;
  expect(sent.data!.sendTutorMessage.message).toMatchObject({ role: 'user', content: 'Why are leaves green?', flagged: false });

  const events = await answerEvents(stream, answerId);
  const deltas = events.filter((event) => !event.done);
  // The first piece goes out as it came; later ones may be merged, but nothing is lost or reordered.
  expect(deltas[0]!.delta).toBe(chunks[0]);
  expect(deltas.length).toBeGreaterThan(1);
  expect(deltas.map((event) => event.delta).join('')).toBe(chunks.join(''));
  expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index));
  const final = events[events.length - 1]!;
  expect(final).toMatchObject({ done: true, status: 'complete', offline: false, error: null, content: chunks.join('') });
  expect(final.usage).toEqual({ promptTokens: 321, completionTokens: 17, totalTokens: 338 });
  expect(final.citations).toEqual([{ lectureId: fixture.lectureId, title: 'How Leaves Make Sugar' }]);

  const answer = await storedAnswer(answerId);
  expect(answer).toMatchObject({ status: 'complete', content: chunks.join(''), promptTokens: 321, completionTokens: 17, model: 'fake-tutor-model', offline: false });
  expect(await usedQuestions(fixture.student.id)).toBe(1);

  // The provider got the platform's rules first, the lecture's material, and the question last.
  const request = provider.requests[provider.requests.length - 1]!;
  expect(request.stream).toBe(true);
  expect(request.messages[0]!.role).toBe('system');
  expect(request.messages.map((message) => message.content).join('\n')).toContain('Chlorophyll absorbs red and blue light');
  expect(request.messages[request.messages.length - 1]).toEqual({ role: 'user', content: 'Why are leaves green?' });
});

test('carries the earlier turns of the session into the next prompt', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
  const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
  provider.enqueue(reply(['Think about ', 'the colour of leaves.']), reply(['Yes: green is reflected.']));
  const first = await send(fixture.student.token, sessionId, 'Which light does chlorophyll absorb?');
  await answerEvents(stream, first.data!.sendTutorMessage.pendingMessageId);
  const second = await send(fixture.student.token, sessionId, 'So green is reflected?');
  await answerEvents(stream, second.data!.sendTutorMessage.pendingMessageId);

  const roles = provider.requests[provider.requests.length - 1]!.messages.map((message) => `${message.role}:${message.content}`);
  expect(roles.slice(-3)).toEqual(['user:Which light does chlorophyll absorb?', 'assistant:Think about the colour of leaves.', 'user:So green is reflected?']);
});

test('stores the full answer exactly once when the client disconnects mid-stream', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
  const client = connect(fixture.student.token);
  const stream = await liveTutorStream(client, redis, sessionId);
  const chunks = ['The Calvin ', 'cycle ', 'fixes ', 'carbon ', 'dioxide.'];
  provider.enqueue(reply(chunks, { hangAfterChunks: 2 }));

  const sent = await send(fixture.student.token, sessionId, 'What does the Calvin cycle do?');
  const answerId = sent.data!.sendTutorMessage.pendingMessageId;
  await provider.waitUntilHanging();
  await waitFor(() => stream.data.length >= 2, { what: 'the first deltas' });
  await client.dispose();
  provider.release();

  const answer = await waitFor(async () => {
    const row = await storedAnswer(answerId);
    return row.status !== 'pending' && row;
  }, { what: 'the answer to be stored' });
  expect(answer).toMatchObject({ status: 'complete', content: chunks.join('') });
  const answers = await prisma.tutorMessage.findMany({ where: { sessionId, role: 'assistant' } });
  expect(answers).toHaveLength(1);
  expect(await usedQuestions(fixture.student.id)).toBe(1);
});

test('retries a provider 500 and then reports the failure as an error event, giving the question back', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
  const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
  const requestsBefore = provider.requests.length;
  provider.enqueue(fail(500), fail(500), fail(500));

  const sent = await send(fixture.student.token, sessionId, 'Where does photosynthesis happen?');
  const answerId = sent.data!.sendTutorMessage.pendingMessageId;
  const events = await answerEvents(stream, answerId);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ done: true, status: 'failed', error: { code: 'MODEL_UNAVAILABLE' } });
  expect(events[0]!.error!.message).toMatch(/try again/i);
  // The first request and two retries (OPENAI_MAX_RETRIES defaults to 2).
  expect(provider.requests.length - requestsBefore).toBe(3);
  expect(await storedAnswer(answerId)).toMatchObject({ status: 'failed', content: '' });
  expect(await usedQuestions(fixture.student.id)).toBe(0);
});

test('recovers when a retry succeeds after a 500', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
  const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
  provider.enqueue(fail(503), reply(['Look at ', 'the chloroplast.']));
  const sent = await send(fixture.student.token, sessionId, 'Where does photosynthesis happen?');
  const events = await answerEvents(stream, sent.data!.sendTutorMessage.pendingMessageId);
  expect(events[events.length - 1]).toMatchObject({ status: 'complete', content: 'Look at the chloroplast.' });
});

test('cancelling stops the answer and keeps what was said', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
  const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
  provider.enqueue(reply(['First, ', 'recall ', 'what ', 'light ', 'does.'], { hangAfterChunks: 2 }));

  const sent = await send(fixture.student.token, sessionId, 'Explain the light reactions.');
  const answerId = sent.data!.sendTutorMessage.pendingMessageId;
  await provider.waitUntilHanging();
  await waitFor(() => stream.data.length >= 2, { what: 'the first deltas' });

  const cancelled = await platform.graphql<{ cancelTutorMessage: { status: string; content: string } }>(
    'mutation Cancel($id: ID!) { cancelTutorMessage(messageId: $id) { status content } }',
    { id: answerId },
    { token: fixture.student.token },
  );
  expect(cancelled.errors).toBeUndefined();
  expect(cancelled.data!.cancelTutorMessage).toEqual({ status: 'cancelled', content: 'First, recall ' });
  const events = await answerEvents(stream, answerId);
  expect(events[events.length - 1]).toMatchObject({ done: true, status: 'cancelled', content: 'First, recall ' });
  provider.release();
  await provider.waitForDisconnects();
  // What was said was an answer, so the question stays counted.
  expect(await usedQuestions(fixture.student.id)).toBe(1);
});

test('refuses a second question while the first is still being answered', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
  const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
  provider.enqueue(reply(['Slowly ', 'now.'], { hangAfterChunks: 1 }));
  const first = await send(fixture.student.token, sessionId, 'First question?');
  await provider.waitUntilHanging();
  const second = await send(fixture.student.token, sessionId, 'Second question?');
  expect(errorCodes(second)).toEqual(['CONFLICT']);
  provider.release();
  await answerEvents(stream, first.data!.sendTutorMessage.pendingMessageId);
  expect(await prisma.tutorMessage.count({ where: { sessionId, role: 'user' } })).toBe(1);
});

test('withholds an answer the output safety check blocks and flags it', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
  const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
  provider.enqueue(reply(['Here is ', 'how to build a pipe bomb ', 'at home.']));
  const sent = await send(fixture.student.token, sessionId, 'Tell me something about chemistry.');
  const answerId = sent.data!.sendTutorMessage.pendingMessageId;
  const events = await answerEvents(stream, answerId);
  expect(events.map((event) => event.delta).join('')).not.toMatch(/bomb/);
  expect(events[events.length - 1]).toMatchObject({ done: true, status: 'failed', error: { code: 'FLAGGED' } });
  const answer = await storedAnswer(answerId);
  expect(answer.flagged).toBe(true);
  expect(answer.content).not.toMatch(/bomb/);
  expect(answer.flagReason).toMatch(/weapons/);
});

test('deleting a session stops the answer being written and removes every message', async () => {
  const fixture = await tutoringFixture(prisma);
  const sessionId = await startSession(platform, fixture.student, { courseId: fixture.content.courseId });
  const stream = await liveTutorStream(connect(fixture.student.token), redis, sessionId);
  const disconnectsBefore = provider.counters.disconnects;
  provider.enqueue(reply(['Never ', 'finished ', 'answer.'], { hangAfterChunks: 1 }));
  const sent = await send(fixture.student.token, sessionId, 'A question to forget?');
  await provider.waitUntilHanging();
  await waitFor(() => stream.data.length >= 1, { what: 'the first delta' });

  const deleted = await platform.graphql<{ deleteTutorSession: string }>('mutation D($id: ID!) { deleteTutorSession(sessionId: $id) }', { id: sessionId }, { token: fixture.student.token });
  expect(deleted.data?.deleteTutorSession).toBe(sessionId);
  await provider.waitForDisconnects(disconnectsBefore + 1);
  expect(await prisma.tutorMessage.count({ where: { sessionId } })).toBe(0);
  expect(await prisma.tutorMessage.findUnique({ where: { id: sent.data!.sendTutorMessage.pendingMessageId } })).toBeNull();
});
