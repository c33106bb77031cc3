// Typed factories for the feed: posts written straight to the database, course channels and mirrored
// school memberships, so each test builds exactly the audience it needs.
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { PostKind, PrismaClient, ModerationStatus } from '../../../kit/src/db';
import { REQUEST_ID_HEADER } from '../../../kit/src/request-id';
import { TEST_SECRETS } from '../../../kit/src/testing/test-services';
import type { Role, Viewer } from '../../../kit/src/viewer';
import { signViewer, VIEWER_HEADER } from '../../../kit/src/viewer-signature';
import { createChannel } from './channels';

export interface PostSpec {
  authorId: string;
  body?: string;
  kind?: PostKind;
  courseId?: string | null;
  schoolId?: string | null;
  moderation?: ModerationStatus;
  createdAt?: Date;
}

export function createPostRow(prisma: PrismaClient, spec: PostSpec) {
  return prisma.post.create({
    data: {
      authorId: spec.authorId,
      body: spec.body ?? `Post ${randomUUID().slice(0, 8)}`,
      kind: spec.kind ?? 'text',
      courseId: spec.courseId ?? null,
      schoolId: spec.schoolId ?? null,
      moderation: spec.moderation ?? 'visible',
      ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
    },
  });
}

/** A course (by a fresh id) with its channel; `memberIds` join it as members. */
export async function createCourseChannel(prisma: PrismaClient, ownerId: string, memberIds: string[] = []) {
  const courseId = randomUUID();
  const channel = await createChannel(prisma, { createdById: ownerId, kind: 'course', courseId, members: memberIds.map((userId) => ({ userId })) });
  return { courseId, channel };
}

/** A school (by a fresh id) whose mirrored members are `memberIds`. */
export async function createMirroredSchool(prisma: PrismaClient, memberIds: string[]) {
  const schoolId = randomUUID();
  await prisma.schoolMembershipMirror.createMany({ data: memberIds.map((userId) => ({ userId, schoolId })) });
  return schoolId;
}

/** A blocked word unique to the calling test, so parallel tests never hold each other's content. */
export async function createBlockedWord(prisma: PrismaClient) {
  const word = `blockme${randomUUID().slice(0, 8)}`;
  await prisma.blockedWord.create({ data: { word } });
  return word;
}

export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A graphql-ws client straight to the community subgraph, speaking for `person` (anonymous when null). */
export function connectToCommunity(subgraphUrl: string, person: { id: string; roles: Role[] } | null): Client {
  const viewer: Viewer = person ? { kind: 'user', id: person.id, roles: person.roles, ip: '127.0.0.1' } : { kind: 'anonymous', ip: '127.0.0.1' };
  return createClient({
    url: subgraphUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: () => {
      const requestId = randomUUID();
      return { [VIEWER_HEADER]: signViewer(TEST_SECRETS.GATEWAY_SIGNING_SECRET, viewer, requestId), [REQUEST_ID_HEADER]: requestId };
    },
  });
}

export interface Received<TData> {
  data: TData[];
  errors: { message: string; extensions?: { code?: string } }[];
  stop(): void;
}

/** Collects what a subscription delivers, so tests can wait on it. */
export function collect<TData>(client: Client, query: string, variables: Record<string, unknown> = {}): Received<TData> {
  const received: Received<TData> = { data: [], errors: [], stop: () => undefined };
  received.stop = client.subscribe<TData>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) received.errors.push(...(result.errors as Received<TData>['errors']));
        else if (result.data) received.data.push(result.data as TData);
      },
      error: (error) => {
        received.errors.push(...(Array.isArray(error) ? error : [{ message: String(error) }]));
      },
      complete: () => undefined,
    },
  );
  return received;
}
