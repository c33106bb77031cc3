// How far a member has read a channel.
import type { ChannelMember } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { UserRef, userReference } from '../content/user';

export const ReadReceiptType = builder.objectRef<ChannelMember>('ReadReceipt').implement({
  description: 'The sequence number of the last message a member has read, and when they read it.',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (member) => userReference(member.userId) }),
    lastReadSeq: t.exposeInt('lastReadSeq'),
    lastReadAt: t.expose('lastReadAt', { type: 'DateTime', nullable: true }),
  }),
});
