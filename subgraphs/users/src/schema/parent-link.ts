// Parent ↔ child links: the request by the parent, the answer by the child, and the viewer's list.
import { builder } from '../builder';
import { parentLinksOf, requestParentLink, respondToParentLink, type ParentLinkWithPeople } from '../family';
import { emailRule, uuidRule } from '../input-rules';
import { signedInUserId } from './signed-in';
import { UserType } from './user';

export const ParentLinkStatusEnum = builder.enumType('ParentLinkStatus', {
  values: {
    pending: { description: 'Waiting for the child to answer.' },
    confirmed: {},
    declined: {},
  } as const,
});

export const ParentLinkType = builder.objectRef<ParentLinkWithPeople>('ParentLink');

ParentLinkType.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    parent: t.field({ type: UserType, resolve: (link) => link.parent }),
    child: t.field({ type: UserType, resolve: (link) => link.child }),
    status: t.field({ type: ParentLinkStatusEnum, resolve: (link) => link.status }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  myParentLinks: t.field({
    type: [ParentLinkType],
    description: 'Pending and confirmed links where you are the parent or the child.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => parentLinksOf(context.prisma, signedInUserId(context)),
  }),
}));

builder.mutationFields((t) => ({
  requestParentLink: t.field({
    type: ParentLinkType,
    description: 'Asks to be linked as the parent of the account with this email; the child confirms.',
    authScopes: { authenticated: true },
    args: { childEmail: t.arg.string({ required: true }).validate(emailRule) },
    resolve: (_root, args, context) =>
      requestParentLink(context.prisma, context.mailer, { parentId: signedInUserId(context), childEmail: args.childEmail }),
  }),
  respondToParentLink: t.field({
    type: ParentLinkType,
    description: 'The child confirms (accept: true) or declines a pending request.',
    authScopes: { authenticated: true },
    args: {
      linkId: t.arg.id({ required: true }).validate(uuidRule('parent link')),
      accept: t.arg.boolean({ required: true }),
    },
    resolve: (_root, args, context) =>
      respondToParentLink(context.prisma, { userId: signedInUserId(context), linkId: args.linkId, accept: args.accept }),
  }),
}));
