// Moderation cases: reporting, the moderators' queue, decisions, and authors' view of their own cases.
import type { SubgraphContext } from '../../../../kit/src/context';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { canDecideCase, caseContent, decideModerationCase, moderationQueueWhere, reportContent } from '../../feed/moderation';
import type { SignedInViewer } from '../../feed/posts';
import { announceNotifications } from '../../notifications';
import { publishMessageEvent, publishPostEvent } from '../../realtime/topics';
import { CaseSourceEnum, CaseStatusEnum, ReportTargetEnum } from '../content/enums';
import { UserRef, userReference } from '../content/user';
import { ModerationDecisionEnum } from './enums';
import { decisionReasonRule, reportReasonRule, uuidRule } from './rules';

const signedInViewer = (context: SubgraphContext): SignedInViewer => {
  signedInUserId(context);
  return context.viewer as SignedInViewer;
};

export const ModerationCaseType = builder.prismaObject('ModerationCase', {
  description: 'A report or an automatic hold waiting for (or decided by) a moderator. Seen by moderators and, without the reporter, by the author.',
  fields: (t) => ({
    id: t.exposeID('id'),
    targetType: t.field({ type: ReportTargetEnum, resolve: (row) => row.targetType }),
    targetId: t.exposeID('targetId'),
    author: t.field({ type: UserRef, resolve: (row) => userReference(row.authorId) }),
    source: t.field({ type: CaseSourceEnum, resolve: (row) => row.source }),
    reporter: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who reported it; moderators only.',
      resolve: async (row, _args, context) =>
        row.reporterId && context.viewer.kind === 'user' && (await canDecideCase(context.prisma, context.viewer, row)) ? userReference(row.reporterId) : null,
    }),
    content: t.string({
      nullable: true,
      description: 'The reported message, post or comment as it reads now (Markdown); moderators only, null once deleted.',
      resolve: (row, _args, context) => (context.viewer.kind === 'user' ? caseContent(context.prisma, context.viewer as SignedInViewer, row) : null),
    }),
    reason: t.exposeString('reason'),
    status: t.field({ type: CaseStatusEnum, resolve: (row) => row.status }),
    decisionReason: t.exposeString('decisionReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  moderationQueue: t.prismaConnection({
    type: 'ModerationCase',
    cursor: 'id',
    description: 'Cases to moderate, oldest first: all for admins; message cases in your channels for channel owners and moderators. FORBIDDEN for others.',
    authScopes: { authenticated: true },
    args: { status: t.arg({ type: CaseStatusEnum, description: '@default open' }) },
    resolve: async (query, _root, args, context) => {
      const where = await moderationQueueWhere(context.prisma, signedInViewer(context), args.status ?? 'open');
      return context.prisma.moderationCase.findMany({ ...query, where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    },
  }),
  myModerationCases: t.prismaConnection({
    type: 'ModerationCase',
    cursor: 'id',
    description: 'Cases about your own content, newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.moderationCase.findMany({ ...query, where: { authorId: signedInUserId(context) }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
}));

builder.mutationFields((t) => ({
  report: t.prismaField({
    type: 'ModerationCase',
    description: 'Reports a message, post or comment you can see. Errors: BAD_USER_INPUT, NOT_FOUND, CONFLICT on a second report of the same thing.',
    authScopes: { authenticated: true },
    args: {
      targetType: t.arg({ type: ReportTargetEnum, required: true }),
      targetId: t.arg.id({ required: true }).validate(uuidRule('target')),
      reason: t.arg.string({ required: true, description: '10–500 characters.' }).validate(reportReasonRule),
    },
    resolve: async (query, _root, args, context) => {
      const created = await reportContent(context.prisma, signedInViewer(context), args);
      return context.prisma.moderationCase.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  decideModerationCase: t.prismaField({
    type: 'ModerationCase',
    description:
      'approve shows held content; reject hides it (a reason is required) and tells the author. Errors: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT when already decided.',
    authScopes: { authenticated: true },
    args: {
      caseId: t.arg.id({ required: true }).validate(uuidRule('moderation case')),
      decision: t.arg({ type: ModerationDecisionEnum, required: true }),
      reason: t.arg.string({ description: 'Shown to the author; required to reject.' }).validate(decisionReasonRule.nullish()),
    },
    resolve: async (query, _root, args, context) => {
      const decided = await decideModerationCase(context.prisma, signedInViewer(context), args);
      await announceNotifications(context.pubsub, decided.notifications);
      if (decided.postEvent) await publishPostEvent(context.pubsub, decided.postEvent);
      if (decided.messageEvent) await publishMessageEvent(context.pubsub, decided.messageEvent);
      return context.prisma.moderationCase.findUniqueOrThrow({ ...query, where: { id: decided.moderationCase.id } });
    },
  }),
}));
