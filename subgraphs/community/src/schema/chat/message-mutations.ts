// Message, reaction and attachment mutations, plus message search: thin resolvers over src/chat.
import { z } from 'zod';
import { builder } from '../../builder';
import { uploadMessageAttachment } from '../../chat/attachments';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '../../chat/message-rules';
import { deleteMessage, editMessage, sendMessage, setReaction } from '../../chat/messages';
import { searchMessages } from '../../chat/search';
import { typingThrottle } from '../../realtime/typing';
import { MessageType } from '../content/message';
import { idRule, messageBodyRule } from './arguments';
import { MessageAttachmentType } from './message-attachment';
import { MessageConnection } from './message-connection';

const authenticated = { authenticated: true } as const;

builder.mutationFields((t) => ({
  sendMessage: t.field({
    type: MessageType,
    description:
      'Sends a Markdown message (at most 4,000 characters) to a channel, optionally as a reply in a thread and with files uploaded by ' +
      'uploadMessageAttachment. At most 20 messages per 10 seconds (RATE_LIMITED with extensions.retryAfter). Messages with blocked words are held for moderation.',
    authScopes: authenticated,
    args: {
      channelId: t.arg.id({ required: true, validate: idRule('channel') }),
      body: t.arg.string({ required: true, validate: messageBodyRule }),
      threadRootId: t.arg.id({ validate: idRule('message').nullish() }),
      attachmentIds: t.arg.idList({
        validate: z.array(idRule('attachment')).max(MAX_ATTACHMENTS_PER_MESSAGE, `Attach at most ${MAX_ATTACHMENTS_PER_MESSAGE} files.`).nullish(),
      }),
    },
    resolve: async (_root, args, context) => {
      const message = await sendMessage(context.prisma, context.pubsub, context.viewer, args);
      // The sender has stopped typing: their next keystroke in this channel is announced at once.
      typingThrottle.forget(message.channelId, message.authorId);
      return message;
    },
  }),
  editMessage: t.field({
    type: MessageType,
    description: 'Changes your message’s text; the previous text is kept in `edits`.',
    authScopes: authenticated,
    args: { messageId: t.arg.id({ required: true, validate: idRule('message') }), body: t.arg.string({ required: true, validate: messageBodyRule }) },
    resolve: (_root, args, context) => editMessage(context.prisma, context.pubsub, context.viewer, args),
  }),
  deleteMessage: t.field({
    type: MessageType,
    description: 'Deletes a message (its author, or the channel’s owners and moderators); it stays as a tombstone.',
    authScopes: authenticated,
    args: { messageId: t.arg.id({ required: true, validate: idRule('message') }) },
    resolve: (_root, args, context) => deleteMessage(context.prisma, context.pubsub, context.viewer, args.messageId),
  }),
  addReaction: t.field({
    type: MessageType,
    description: 'Reacts with one emoji (👍) or a :short_name: of at most 32 characters. Reacting twice with the same emoji changes nothing.',
    authScopes: authenticated,
    args: { messageId: t.arg.id({ required: true, validate: idRule('message') }), emoji: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => setReaction(context.prisma, context.pubsub, context.viewer, { ...args, add: true }),
  }),
  removeReaction: t.field({
    type: MessageType,
    description: 'Takes your reaction back; removing one you did not make changes nothing.',
    authScopes: authenticated,
    args: { messageId: t.arg.id({ required: true, validate: idRule('message') }), emoji: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => setReaction(context.prisma, context.pubsub, context.viewer, { ...args, add: false }),
  }),
  uploadMessageAttachment: t.field({
    type: MessageAttachmentType,
    description:
      'Uploads a file for a message you are about to send in this channel: PNG, JPEG, GIF, WebP, PDF or UTF-8 plain text, at most 1 MB. ' +
      'Pass its id to sendMessage(attachmentIds).',
    authScopes: authenticated,
    args: {
      channelId: t.arg.id({ required: true, validate: idRule('channel') }),
      fileName: t.arg.string({ required: true }),
      contentType: t.arg.string({ required: true }),
      dataBase64: t.arg.string({ required: true }),
    },
    resolve: (_root, args, context) => uploadMessageAttachment(context.prisma, context.storage, context.viewer, args),
  }),
}));

builder.queryFields((t) => ({
  searchMessages: t.connection(
    {
      type: MessageType,
      description:
        'Full-text search (web-search syntax: "phrases", -exclusions, or) over messages in channels you can read, best match first. `first` is at most 50 (20 by default).',
      authScopes: authenticated,
      args: { query: t.arg.string({ required: true }), channelId: t.arg.id({ validate: idRule('channel').nullish() }) },
      resolve: (_root, args, context) => searchMessages(context.prisma, context.viewer, args),
    },
    MessageConnection,
  ),
}));
