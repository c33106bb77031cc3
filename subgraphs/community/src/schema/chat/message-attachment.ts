// A file attached to a message (or uploaded for one not sent yet), with an expiring download link.
import { signFileUrl } from '../../../../kit/src/storage';
import { builder } from '../../builder';
import { ATTACHMENT_URL_TTL_SECONDS } from '../../chat/attachments';

export const MessageAttachmentType = builder.prismaObject('MessageAttachment', {
  description: 'A file attached to a message: an image, a PDF or plain text of at most 1 MB.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('contentType'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    url: t.string({
      description: 'A signed download link, valid for an hour.',
      resolve: (attachment, _args, context) => signFileUrl(context.fileSigningSecret, attachment.fileKey, ATTACHMENT_URL_TTL_SECONDS),
    }),
  }),
});
