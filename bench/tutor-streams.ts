// Concurrent tutor answers streamed through the gateway from a local server that speaks OpenAI's
// streaming protocol. For each answer it measures time-to-first-delta at the client (from sending the
// question) minus the provider's own time-to-first-token (request received → first chunk written): what
// the platform adds in front of the model. Prints p50/p99 for 1 stream and for N concurrent streams, the
// ratio between them, and complete/sent, which must be exactly 1.0.
//
//   npm run bench:tutor -- [streams=100]
//
// Runs against the PostgreSQL and Redis on this machine, in a scratch database it drops afterwards.
import Redis from 'ioredis';
import type { Client } from 'graphql-ws';
import { startTestPlatform, type TestPlatform } from '../scripts/platform/test-platform';
import { createPerson, type Person } from '../scripts/platform/test-people';
import { createScratchDatabase } from '../subgraphs/kit/src/testing/scratch-database';
import { connectToGateway } from '../subgraphs/kit/src/testing/live-subscriptions';
import { waitFor } from '../subgraphs/kit/src/wait-for';
import { tutorTopics } from '../subgraphs/tutor/src/conversation/stream-topics';
import { recordEnrollment } from '../subgraphs/tutor/src/access/course-access';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../subgraphs/tutor/test/support/fake-openai-server';
import { courseContent, lectureContent, publishCourseContent } from '../subgraphs/tutor/test/support/course-material';
import { createTutor, PHOTOSYNTHESIS_TRANSCRIPT, REDIS_URL, SEND, STREAM, topicSubscribers, type SendData, type StreamEventData } from '../subgraphs/tutor/test/support/tutoring';

const STREAMS = Number(process.argv[2] ?? 100);
/** What the provider takes before its first token, and between tokens: a brisk hosted model. */
const PROVIDER_FIRST_TOKEN_MS = 150;
const PROVIDER_CHUNK_MS = 10;
const CHUNKS = 30;

interface Round {
  streams: number;
  firstDelta: number[];
  providerFirstToken: number[];
  overhead: number[];
  /** The parts of `overhead`: the sendTutorMessage round trip, then until the provider had the request, then first chunk → client. */
  ask: number[];
  toProvider: number[];
  delivery: number[];
  completePerSent: number;
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}

/** One student with a session and a live subscription that notes when each answer's pieces arrive. */
interface Seat {
  student: Person;
  sessionId: string;
  firstDeltaAt: Map<string, number>;
  text: Map<string, string>;
  final: Map<string, StreamEventData['tutorStream']>;
}

async function openSeat(platform: TestPlatform, redis: Redis, clients: Client[], student: Person, courseId: string): Promise<Seat> {
  const started = await platform.graphql<{ startTutorSession: { id: string } }>(
    'mutation S($input: StartTutorSessionInput!) { startTutorSession(input: $input) { id } }',
    { input: { courseId } },
    { token: student.token },
  );
  if (!started.data) throw new Error(`startTutorSession failed: ${JSON.stringify(started.errors)}`);
  const seat: Seat = { student, sessionId: started.data.startTutorSession.id, firstDeltaAt: new Map(), text: new Map(), final: new Map() };
  const client = connectToGateway(platform.url, student.token);
  clients.push(client);
  client.subscribe<StreamEventData>(
    { query: STREAM, variables: { sessionId: seat.sessionId } },
    {
      next: (result) => {
        const event = result.data?.tutorStream;
        if (!event) return;
        if (event.done) seat.final.set(event.messageId, event);
        else {
          if (!seat.firstDeltaAt.has(event.messageId)) seat.firstDeltaAt.set(event.messageId, performance.now());
          seat.text.set(event.messageId, (seat.text.get(event.messageId) ?? '') + event.delta);
        }
      },
      error: (error) => console.error('subscription failed', error),
      complete: () => {},
    },
  );
  await waitFor(async () => (await topicSubscribers(redis, tutorTopics.session(seat.sessionId))) > 0, { what: 'the stream to be live' });
  return seat;
}

async function round(platform: TestPlatform, provider: FakeOpenAiServer, seats: Seat[], label: string): Promise<Round> {
  const asked = await Promise.all(
    seats.map(async (seat, index) => {
      const question = `${label} question ${index}: why do leaves look green?`;
      const sentAt = performance.now();
      const sent = await platform.graphql<SendData>(SEND, { sessionId: seat.sessionId, content: question }, { token: seat.student.token });
      if (!sent.data) throw new Error(`sendTutorMessage failed: ${JSON.stringify(sent.errors)}`);
      return { seat, question, sentAt, answeredAt: performance.now(), answerId: sent.data.sendTutorMessage.pendingMessageId };
    }),
  );
  await waitUntil(() => asked.every(({ seat, answerId }) => seat.final.has(answerId)), 120_000);

  const result: Round = { streams: seats.length, firstDelta: [], providerFirstToken: [], overhead: [], ask: [], toProvider: [], delivery: [], completePerSent: 0 };
  let complete = 0;
  for (const { seat, question, sentAt, answeredAt, answerId } of asked) {
    const firstDeltaAt = seat.firstDeltaAt.get(answerId);
    const request = provider.requests.find((candidate) => candidate.messages[candidate.messages.length - 1]?.content === question);
    if (firstDeltaAt !== undefined && request?.timing.firstChunkAt != null) {
      const clientFirstDelta = firstDeltaAt - sentAt;
      const providerFirstToken = request.timing.firstChunkAt - request.timing.receivedAt;
      result.firstDelta.push(clientFirstDelta);
      result.providerFirstToken.push(providerFirstToken);
      result.overhead.push(clientFirstDelta - providerFirstToken);
      result.ask.push(answeredAt - sentAt);
      result.toProvider.push(request.timing.receivedAt - answeredAt);
      result.delivery.push(firstDeltaAt - request.timing.firstChunkAt);
    }
    const final = seat.final.get(answerId);
    if (final?.status === 'complete' && final.content === EXPECTED_ANSWER && seat.text.get(answerId) === EXPECTED_ANSWER) complete += 1;
  }
  result.completePerSent = complete / asked.length;
  return result;
}

const CHUNK_TEXTS = Array.from({ length: CHUNKS }, (_, index) => `word${index} `);
const EXPECTED_ANSWER = CHUNK_TEXTS.join('');

async function main(): Promise<void> {
  const database = await createScratchDatabase('bench_tutor_streams', { empty: true });
  const provider = await startFakeOpenAiServer();
  provider.respondWith(() => reply(CHUNK_TEXTS, { firstTokenDelayMs: PROVIDER_FIRST_TOKEN_MS, chunkDelayMs: PROVIDER_CHUNK_MS }));
  const platform = await startTestPlatform({
    DATABASE_URL: database.url,
    REDIS_URL,
    OPENAI_API_KEY: 'bench-key',
    OPENAI_BASE_URL: provider.url,
  });
  const redis = new Redis(REDIS_URL);
  const clients: Client[] = [];
  try {
    const prisma = platform.handle.services.prisma;
    await createTutor(prisma);
    const content = courseContent({ title: 'Plant Biology', lectures: [lectureContent({ title: 'How Leaves Make Sugar', transcript: PHOTOSYNTHESIS_TRANSCRIPT })] });
    await publishCourseContent(prisma, content);
    const seats: Seat[] = [];
    for (let index = 0; index < STREAMS; index += 1) {
      const student = await createPerson(prisma, { displayName: `Student ${index}` });
      await recordEnrollment(prisma, { userId: student.id, courseId: content.courseId });
      seats.push(await openSeat(platform, redis, clients, student, content.courseId));
    }

    await round(platform, provider, seats.slice(0, 1), 'warm-up');
    const single = await round(platform, provider, seats.slice(0, 1), 'single');
    const many = await round(platform, provider, seats, 'concurrent');
    console.log(`tutor streams through the gateway (provider first token ${PROVIDER_FIRST_TOKEN_MS} ms, ${CHUNKS} chunks ${PROVIDER_CHUNK_MS} ms apart)`);
    console.log('streams | first delta p50 / p99 | provider first token p50 | added p50 / p99 | complete/sent');
    for (const result of [single, many]) {
      console.log(
        `${String(result.streams).padStart(7)} | ${percentile(result.firstDelta, 0.5).toFixed(1)} / ${percentile(result.firstDelta, 0.99).toFixed(1)} ms | ` +
          `${percentile(result.providerFirstToken, 0.5).toFixed(1)} ms | ${percentile(result.overhead, 0.5).toFixed(1)} / ${percentile(result.overhead, 0.99).toFixed(1)} ms | ${result.completePerSent.toFixed(3)}`,
      );
    }
    console.log('streams | of which: ask round trip p50 | answer start → provider p50 | first chunk → client p50');
    for (const result of [single, many]) {
      console.log(
        `${String(result.streams).padStart(7)} | ${percentile(result.ask, 0.5).toFixed(1)} ms | ${percentile(result.toProvider, 0.5).toFixed(1)} ms | ${percentile(result.delivery, 0.5).toFixed(1)} ms`,
      );
    }
    console.log(
      `added latency ratio ${STREAMS}/1 streams: p50 ${(percentile(many.overhead, 0.5) / percentile(single.overhead, 0.5)).toFixed(2)}×, p99 ${(percentile(many.overhead, 0.99) / percentile(single.overhead, 0.99)).toFixed(2)}×`,
    );
    if (single.completePerSent !== 1 || many.completePerSent !== 1) {
      console.error('complete/sent is not 1.0: some answer was lost, cut short or duplicated');
      process.exitCode = 1;
    }
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    redis.disconnect();
    await platform.stop();
    await provider.close();
    await database.drop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
