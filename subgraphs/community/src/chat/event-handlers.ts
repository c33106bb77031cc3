// Events the chat area consumes: course channels and their membership follow the courses domain. Each
// handler records the event as processed in the same transaction as its effects (handleOnce).
import type { z } from 'zod';
import type { Db } from '../../../kit/src/db';
import type { PubSub } from '../../../kit/src/pubsub';
import type { SubgraphServices } from '../../../kit/src/context';
import type { DomainEvent, EventBus } from '../../../kit/src/events';
import { handleOnce } from '../../../kit/src/events';
import {
  addCourseChannelMember,
  courseCreatedSchema,
  createCourseChannel,
  enrollmentActivatedSchema,
  enrollmentDroppedSchema,
  removeCourseChannelMember,
} from './course-channels';

type ChatEventHandler = (services: Pick<SubgraphServices, 'prisma' | 'pubsub'>, event: DomainEvent) => Promise<void>;

/** What a handler announces once its transaction committed (nothing when it changed nothing). */
type AfterCommit = ((pubsub: PubSub) => Promise<void>) | void;

function idempotent<S extends z.ZodType>(
  handlerName: string,
  schema: S,
  apply: (tx: Db, payload: z.infer<S>) => Promise<AfterCommit | unknown>,
): ChatEventHandler {
  return async ({ prisma, pubsub }, event) => {
    const parsed = schema.safeParse(event.payload);
    // A malformed payload cannot succeed on retry; failing loudly sends it to the dead letters.
    if (!parsed.success) throw new Error(`${event.type} ${event.id} has a malformed payload: ${parsed.error.message}`);
    const afterCommit = await prisma.$transaction(async (tx) => {
      if (!(await handleOnce(tx, 'community', handlerName, event.id))) return undefined;
      return apply(tx, parsed.data);
    });
    if (typeof afterCommit === 'function') await (afterCommit as (pubsub: PubSub) => Promise<void>)(pubsub);
  };
}

export const CHAT_EVENT_HANDLERS = {
  'create-course-channel': { type: 'CourseCreated', handle: idempotent('create-course-channel', courseCreatedSchema, createCourseChannel) },
  'add-course-channel-member': {
    type: 'EnrollmentActivated',
    handle: idempotent('add-course-channel-member', enrollmentActivatedSchema, addCourseChannelMember),
  },
  'remove-course-channel-member': {
    type: 'EnrollmentDropped',
    handle: idempotent('remove-course-channel-member', enrollmentDroppedSchema, removeCourseChannelMember),
  },
} satisfies Record<string, { type: string; handle: ChatEventHandler }>;

export function registerChatEventHandlers(bus: EventBus, services: SubgraphServices): void {
  for (const [handlerName, { type, handle }] of Object.entries(CHAT_EVENT_HANDLERS)) {
    bus.on(`community.${handlerName}`, type, (event) => handle(services, event));
  }
}
