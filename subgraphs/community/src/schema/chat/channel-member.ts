// A member of a channel as other readers see them.
import { builder } from '../../builder';
import { ChannelRoleEnum } from '../content/enums';
import { UserRef, userReference } from '../content/user';

export const ChannelMemberType = builder.prismaObject('ChannelMember', {
  description: 'A person in a channel and their role there.',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (member) => userReference(member.userId) }),
    role: t.field({ type: ChannelRoleEnum, resolve: (member) => member.role }),
    joinedAt: t.expose('joinedAt', { type: 'DateTime' }),
  }),
});
