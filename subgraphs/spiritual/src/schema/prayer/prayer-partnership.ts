// Prayer partnerships and invitations. Only the two people in a partnership ever see it: every query
// here filters by the viewer.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { endPrayerPartnership, invitePrayerPartner, respondToPrayerPartnerInvite } from '../../prayer/partners';
import { UserRef, userReference } from '../content/user';
import { PartnerStatusEnum } from './enums';
import { uuidRule } from './rules';

export const PrayerPartnershipType = builder.prismaObject('PrayerPartnership', {
  description: 'An invitation to pray together, and once accepted, the partnership itself.',
  fields: (t) => ({
    id: t.exposeID('id'),
    inviter: t.field({ type: UserRef, resolve: (row) => userReference(row.inviterId) }),
    invitee: t.field({ type: UserRef, resolve: (row) => userReference(row.inviteeId) }),
    partner: t.field({
      type: UserRef,
      description: 'The other person, seen from you.',
      resolve: (row, _args, context) => userReference(context.viewer.kind === 'user' && context.viewer.id === row.inviterId ? row.inviteeId : row.inviterId),
    }),
    status: t.field({ type: PartnerStatusEnum, resolve: (row) => row.status }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  myPrayerPartners: t.prismaField({
    type: ['PrayerPartnership'],
    description: 'Your accepted prayer partnerships, newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) => {
      const userId = signedInUserId(context);
      return context.prisma.prayerPartnership.findMany({
        ...query,
        where: { status: 'accepted', OR: [{ inviterId: userId }, { inviteeId: userId }] },
        orderBy: [{ respondedAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
  myPrayerPartnerInvites: t.prismaField({
    type: ['PrayerPartnership'],
    description: 'Pending invitations: the ones you received, then the ones you sent, newest first.',
    authScopes: { authenticated: true },
    args: { sent: t.arg.boolean({ description: 'true: invitations you sent instead of received. @default false' }) },
    resolve: (query, _root, args, context) => {
      const userId = signedInUserId(context);
      return context.prisma.prayerPartnership.findMany({
        ...query,
        where: { status: 'pending', ...(args.sent ? { inviterId: userId } : { inviteeId: userId }) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  invitePrayerPartner: t.prismaField({
    type: 'PrayerPartnership',
    description:
      'Invites someone to be your prayer partner. If they already invited you, this accepts their invitation instead. Errors: BAD_USER_INPUT (yourself or a malformed id), CONFLICT (already partners, or already invited).',
    authScopes: { authenticated: true },
    args: { userId: t.arg.id({ required: true }).validate(uuidRule('user')) },
    resolve: async (query, _root, args, context) => {
      const row = await invitePrayerPartner(context.prisma, signedInUserId(context), args.userId);
      return context.prisma.prayerPartnership.findUniqueOrThrow({ ...query, where: { id: row.id } });
    },
  }),
  respondToPrayerPartnerInvite: t.prismaField({
    type: 'PrayerPartnership',
    description: 'Accepts or declines an invitation you received. Errors: NOT_FOUND (not yours), CONFLICT (already answered), BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: {
      inviteId: t.arg.id({ required: true }).validate(uuidRule('invitation')),
      accept: t.arg.boolean({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const row = await respondToPrayerPartnerInvite(context.prisma, signedInUserId(context), args.inviteId, args.accept);
      return context.prisma.prayerPartnership.findUniqueOrThrow({ ...query, where: { id: row.id } });
    },
  }),
  endPrayerPartnership: t.id({
    description: 'Ends your partnership with this person (or withdraws a pending invitation); returns their id. Errors: NOT_FOUND, BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: { partnerId: t.arg.id({ required: true }).validate(uuidRule('user')) },
    resolve: async (_root, args, context) => {
      await endPrayerPartnership(context.prisma, signedInUserId(context), args.partnerId);
      return args.partnerId;
    },
  }),
}));
