// The development mailbox: mails the dev mailer kept instead of sending. Answers only in dev mode.
import { readDevMailbox, type MailAttachment } from '../../../kit/src/mail';
import { forbidden } from '../../../kit/src/errors';
import { builder } from '../builder';
import { emailRule } from '../input-rules';

/** Enough to find the latest code; the mailbox is a debugging aid, not an archive. */
const DEV_MAILBOX_LIMIT = 20;

type DevMail = Awaited<ReturnType<typeof readDevMailbox>>[number];

export const DevMailType = builder.objectRef<DevMail>('DevMail');

const DevMailAttachmentType = builder.objectRef<MailAttachment>('DevMailAttachment').implement({
  description: 'A file sent with a dev mail, such as a calendar invite.',
  fields: (t) => ({
    filename: t.exposeString('filename'),
    contentType: t.exposeString('contentType'),
    content: t.exposeString('content'),
  }),
});

DevMailType.implement({
  description: 'A mail kept by the development mailbox (dev mode only).',
  fields: (t) => ({
    id: t.exposeID('id'),
    to: t.exposeString('to'),
    subject: t.exposeString('subject'),
    text: t.exposeString('text'),
    attachments: t.field({ type: [DevMailAttachmentType], resolve: (mail) => mail.attachments ?? [] }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  devMailbox: t.field({
    type: [DevMailType],
    description: 'Dev mode only: the newest mails sent to this address. In production the gateway treats it as an unknown field and the subgraph refuses it (FORBIDDEN).',
    args: { email: t.arg.string({ required: true }).validate(emailRule) },
    resolve: (_root, args, context) => {
      if (!context.devMode) throw forbidden('The dev mailbox exists only in development mode.');
      return readDevMailbox(context.prisma, args.email, DEV_MAILBOX_LIMIT);
    },
  }),
}));
