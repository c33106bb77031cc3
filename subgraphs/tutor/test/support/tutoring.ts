// Factories for tutoring tests: a tutor persona, a course whose material the tutor holds with a student
// enrolled in it, and a subscription to a session's answer stream that is known to be live.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { Client } from 'graphql-ws';
import type { AiTutor, PrismaClient } from '../../../kit/src/db';
import { DEFAULT_KEY_PREFIX } from '../../../kit/src/pubsub/pubsub';
import { subscribe, type LiveOperation } from '../../../kit/src/testing/live-subscriptions';
import { waitFor } from '../../../kit/src/wait-for';
import { createPerson, type Person } from '../../../../scripts/platform/test-people';
import type { TestPlatform } from '../../../../scripts/platform/test-platform';
import { recordEnrollment } from '../../src/access/course-access';
import type { CourseContentPublished } from '../../src/content/course-material';
import { tutorTopics } from '../../src/conversation/stream-topics';
import { courseContent, lectureContent, publishCourseContent } from './course-material';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function createTutor(prisma: PrismaClient, overrides: Partial<AiTutor> = {}): Promise<AiTutor> {
  const slug = `test-tutor-${randomUUID()}`;
  return prisma.aiTutor.create({
    data: {
      slug,
      name: overrides.name ?? 'Professor Quill',
      specialty: overrides.specialty ?? 'Photosynthesis and plant biology',
      personaPrompt: overrides.personaPrompt ?? 'You are Professor Quill, a patient biology tutor who loves plants.',
      socraticStrength: overrides.socraticStrength ?? 3,
      facultyId: overrides.facultyId ?? null,
    },
  });
}

export const PHOTOSYNTHESIS_TRANSCRIPT =
  'Photosynthesis happens in the chloroplast. Chlorophyll absorbs red and blue light and reflects green light, which is why leaves look green. ' +
  'The light-dependent reactions split water and release oxygen. The Calvin cycle then fixes carbon dioxide into sugar using ATP and NADPH.';

export interface TutoringFixture {
  student: Person;
  instructor: Person;
  tutor: AiTutor;
  content: CourseContentPublished;
  lectureId: string;
}

/** A course with one photosynthesis lecture in the tutor's store, its instructor, and an enrolled student. */
export async function tutoringFixture(prisma: PrismaClient): Promise<TutoringFixture> {
  const [student, instructor, tutor] = await Promise.all([
    createPerson(prisma, { roles: ['student'] }),
    createPerson(prisma, { roles: ['instructor'] }),
    createTutor(prisma),
  ]);
  const lecture = lectureContent({ title: 'How Leaves Make Sugar', transcript: PHOTOSYNTHESIS_TRANSCRIPT });
  const content = courseContent({ title: 'Plant Biology', instructorIds: [instructor.id], lectures: [lecture] });
  await publishCourseContent(prisma, content);
  await recordEnrollment(prisma, { userId: student.id, courseId: content.courseId });
  return { student, instructor, tutor, content, lectureId: lecture.id };
}

export const SESSION_FIELDS = 'id title course { id } lecture { id } tutor { id name }';

export async function startSession(platform: TestPlatform, person: Person, input: Record<string, unknown>): Promise<string> {
  const response = await platform.graphql<{ startTutorSession: { id: string } }>(
    `mutation Start($input: StartTutorSessionInput!) { startTutorSession(input: $input) { ${SESSION_FIELDS} } }`,
    { input },
    { token: person.token },
  );
  if (!response.data?.startTutorSession) throw new Error(`startTutorSession failed: ${JSON.stringify(response.errors)}`);
  return response.data.startTutorSession.id;
}

export interface StreamEventData {
  tutorStream: {
    messageId: string;
    seq: number;
    delta: string;
    done: boolean;
    status: string;
    offline: boolean;
    usage: { promptTokens: number; completionTokens: number; totalTokens: number } | null;
    error: { code: string; message: string } | null;
    content: string | null;
    citations: { lectureId: string | null; title: string }[] | null;
  };
}

export const STREAM = `subscription Stream($sessionId: ID!) {
  tutorStream(sessionId: $sessionId) {
    messageId seq delta done status offline usage { promptTokens completionTokens totalTokens } error { code message } content citations { lectureId title }
  }
}`;

/** Redis subscribers of a topic (the platform's pub/sub subscribes once per process and topic). */
export async function topicSubscribers(redis: Redis, topic: string): Promise<number> {
  const reply = (await redis.pubsub('NUMSUB', `${DEFAULT_KEY_PREFIX}${topic}`)) as [string, number];
  return Number(reply[1]);
}

/**
 * Subscribes to a session's answers through the gateway and waits until the subgraph's subscription is
 * live in Redis, so nothing published afterwards can be missed.
 */
export async function liveTutorStream(client: Client, redis: Redis, sessionId: string): Promise<LiveOperation<StreamEventData>> {
  const before = await topicSubscribers(redis, tutorTopics.session(sessionId));
  const operation = subscribe<StreamEventData>(client, STREAM, { sessionId });
  await waitFor(
    async () => {
      if (operation.ended) throw new Error(`The stream ended at once: ${JSON.stringify(operation.results)}`);
      return (await topicSubscribers(redis, tutorTopics.session(sessionId))) > before;
    },
    { what: 'the tutor stream to be live' },
  );
  return operation;
}

/** Waits for the final event of an answer and returns every event of it, in arrival order. */
export async function answerEvents(operation: LiveOperation<StreamEventData>, messageId: string): Promise<StreamEventData['tutorStream'][]> {
  await waitFor(() => operation.data.some((event) => event.tutorStream.messageId === messageId && event.tutorStream.done), {
    what: `the final event of answer ${messageId}`,
    timeoutMs: 20_000,
  });
  return operation.data.map((event) => event.tutorStream).filter((event) => event.messageId === messageId);
}

export const SEND = `mutation Send($sessionId: ID!, $content: String!) {
  sendTutorMessage(sessionId: $sessionId, content: $content) { pendingMessageId message { id role content flagged flagReason } }
}`;

export interface SendData {
  sendTutorMessage: { pendingMessageId: string; message: { id: string; role: string; content: string; flagged: boolean; flagReason: string | null } };
}
