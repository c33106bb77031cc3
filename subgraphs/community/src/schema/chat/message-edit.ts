// One earlier version of an edited message.
import { builder } from '../../builder';

export const MessageEditType = builder.prismaObject('MessageEdit', {
  description: 'The text a message had before an edit.',
  fields: (t) => ({
    previousBody: t.exposeString('previousBody', { description: 'Markdown.' }),
    editedAt: t.expose('editedAt', { type: 'DateTime' }),
  }),
});
