// An invitation into a private channel or study group, seen by the person invited.
import { builder } from '../../builder';
import { InviteStatusEnum } from '../content/enums';
import { UserRef, userReference } from '../content/user';

export const ChannelInviteType = builder.prismaObject('ChannelInvite', {
  description: 'An invitation to join a private channel or study group.',
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.relation('channel'),
    inviter: t.field({ type: UserRef, resolve: (invite) => userReference(invite.inviterId) }),
    invitee: t.field({ type: UserRef, resolve: (invite) => userReference(invite.inviteeId) }),
    status: t.field({ type: InviteStatusEnum, resolve: (invite) => invite.status }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  }),
});
