// Asking and stopping: sendTutorMessage and cancelTutorMessage.
import { z } from 'zod';
import { builder } from '../../builder';
import { cancelAnswer } from '../../conversation/cancel-answer';
import { MAX_QUESTION_LENGTH } from '../../conversation/conversation-rules';
import { sendQuestion, type SentQuestion } from '../../conversation/send-question';
import { tutorRuntime } from '../../runtime';
import { TutorMessageType } from './tutor-message';

const SendTutorMessagePayload = builder.objectRef<SentQuestion>('SendTutorMessagePayload').implement({
  fields: (t) => ({
    message: t.field({ type: TutorMessageType, description: 'Your question as stored.', resolve: (sent) => sent.question }),
    pendingMessageId: t.id({ description: 'The answer being written; its text arrives on tutorStream.', resolve: (sent) => sent.answer.id }),
    pendingMessage: t.field({ type: TutorMessageType, resolve: (sent) => sent.answer }),
  }),
});

builder.mutationFields((t) => ({
  sendTutorMessage: t.field({
    type: SendTutorMessagePayload,
    description:
      'Asks the tutor. Returns at once with your stored question and the id of the pending answer, which streams on `tutorStream`. ' +
      'Errors: PAYMENT_REQUIRED when this month’s questions are used up (extensions carry plan, limit and remaining), RATE_LIMITED when asking too fast, ' +
      'CONFLICT while the previous answer is still being written.',
    authScopes: { authenticated: true },
    args: {
      sessionId: t.arg.id({ required: true, validate: z.uuid('That is not a valid session id.') }),
      content: t.arg.string({ required: true, description: `1–${MAX_QUESTION_LENGTH} characters of Markdown.` }),
    },
    resolve: (_root, args, context) => sendQuestion(context, tutorRuntime(context), context.viewer, { sessionId: args.sessionId, content: args.content }),
  }),
  cancelTutorMessage: t.prismaField({
    type: TutorMessageType,
    description: 'Stops an answer that is still being written and keeps what the tutor said so far. An answer that already ended is returned as it is.',
    authScopes: { authenticated: true },
    args: { messageId: t.arg.id({ required: true, validate: z.uuid('That is not a valid message id.') }) },
    resolve: async (query, _root, args, context) => {
      const answer = await cancelAnswer(context, tutorRuntime(context), context.viewer, args.messageId);
      return context.prisma.tutorMessage.findUniqueOrThrow({ ...query, where: { id: answer.id } });
    },
  }),
}));
