// tutorStream: the tutor's answers in a session, delta by delta, through the gateway's subscription bridge.
import { z } from 'zod';
import { builder } from '../../builder';
import { requireOwnSession } from '../../conversation/sessions';
import { tutorTopics, type TutorStreamEvent } from '../../conversation/stream-topics';
import { TutorCitationType, TutorMessageStatusEnum } from './tutor-message';

builder.subscriptionType({});

const TutorStreamErrorCodeEnum = builder.enumType('TutorStreamErrorCode', {
  values: {
    MODEL_UNAVAILABLE: { description: 'The model failed after retries, or is paused after repeated failures; ask again later.' },
    MODEL_TIMEOUT: { description: 'The model took too long.' },
    MODEL_REJECTED: { description: 'The model refused the request; rephrase the question.' },
    FLAGGED: { description: 'The answer was withheld by the safety check.' },
    INTERRUPTED: { description: 'The answer was cut off (the tutor restarted or failed).' },
  } as const,
});

const TutorStreamErrorType = builder.objectRef<NonNullable<TutorStreamEvent['error']>>('TutorStreamError').implement({
  fields: (t) => ({
    code: t.field({ type: TutorStreamErrorCodeEnum, resolve: (error) => error.code as 'MODEL_UNAVAILABLE' }),
    message: t.exposeString('message'),
  }),
});

const TutorTokenUsageType = builder.objectRef<NonNullable<TutorStreamEvent['usage']>>('TutorTokenUsage').implement({
  fields: (t) => ({
    promptTokens: t.exposeInt('promptTokens'),
    completionTokens: t.exposeInt('completionTokens'),
    totalTokens: t.exposeInt('totalTokens'),
  }),
});

const TutorStreamEventType = builder.objectRef<TutorStreamEvent>('TutorStreamEvent').implement({
  description: 'A piece of an answer. Events of one answer come in `seq` order; the last has `done: true`.',
  fields: (t) => ({
    messageId: t.exposeID('messageId'),
    seq: t.exposeInt('seq'),
    delta: t.exposeString('delta', { description: 'Text to append; empty on the final event.' }),
    done: t.exposeBoolean('done'),
    status: t.field({ type: TutorMessageStatusEnum, resolve: (event) => event.status }),
    offline: t.exposeBoolean('offline', { description: 'The offline tutor answers from course material, without a language model.' }),
    usage: t.field({ type: TutorTokenUsageType, nullable: true, resolve: (event) => event.usage }),
    error: t.field({ type: TutorStreamErrorType, nullable: true, resolve: (event) => event.error }),
    content: t.exposeString('content', { nullable: true, description: 'On the final event: the whole answer as stored.' }),
    citations: t.field({ type: [TutorCitationType], nullable: true, resolve: (event) => event.citations }),
  }),
});

builder.subscriptionFields((t) => ({
  tutorStream: t.field({
    type: TutorStreamEventType,
    description: 'The tutor’s answers in one of your sessions as they are written. Subscribe when you open the session, before asking.',
    authScopes: { authenticated: true },
    args: { sessionId: t.arg.id({ required: true, validate: z.uuid('That is not a valid session id.') }) },
    subscribe: async (_root, args, context) => {
      await requireOwnSession(context.prisma, context.viewer, args.sessionId);
      return context.pubsub.subscribe<TutorStreamEvent>(tutorTopics.session(args.sessionId));
    },
    resolve: (event: TutorStreamEvent) => event,
  }),
}));
