// A person following a reading plan, alone or in a group, with their progress. Visible to that person
// and to the members of their group only.
import { builder } from '../../builder';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { ReadingPlanParticipant } from '../../../../kit/src/db';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { dayOfDateColumn, formatIsoDate } from '../../../../kit/src/zoned-time';
import { dayNumberRule, idRule, isoDateRule, timezoneRule, withUserIdsRule } from '../../devotions/devotion-rules';
import { completeReadingPlanDay, joinReadingPlan } from '../../devotions/reading-plans';
import { userReference, UserRef } from '../content/user';
import { membersOfReadingGroup, progressOfParticipant, readingGroupsOf } from './loaders';
import { ReadingPlanDayProgressType } from './reading-plan-day-progress';

async function canSeeParticipation(participant: ReadingPlanParticipant, context: SubgraphContext): Promise<boolean> {
  if (context.viewer.kind !== 'user') return false;
  if (participant.userId === context.viewer.id) return true;
  return participant.groupId !== null && (await readingGroupsOf(context, context.viewer.id)).has(participant.groupId);
}

export const ReadingPlanParticipationType = builder.prismaObject('ReadingPlanParticipant', {
  name: 'ReadingPlanParticipation',
  description: 'Someone following a reading plan. Only they and the members of their reading group can see it.',
  authScopes: canSeeParticipation,
  fields: (t) => ({
    id: t.exposeID('id'),
    plan: t.relation('plan'),
    user: t.field({ type: UserRef, resolve: (participant) => userReference(participant.userId) }),
    groupId: t.exposeID('groupId', {
      nullable: true,
      description: 'Set when following with friends: they join with this id to share progress. Null when following alone.',
    }),
    startDate: t.string({ description: 'YYYY-MM-DD: when day 1 is due.', resolve: (participant) => formatIsoDate(dayOfDateColumn(participant.startDate)) }),
    timezone: t.exposeString('timezone'),
    joinedAt: t.expose('joinedAt', { type: 'DateTime' }),
    days: t.field({
      type: [ReadingPlanDayProgressType],
      description: 'Every day of the plan with whether it was read.',
      resolve: async (participant, _args, context) => (await progressOfParticipant(context).load(participant)).days,
    }),
    completedDays: t.int({ resolve: async (participant, _args, context) => (await progressOfParticipant(context).load(participant)).completedDays }),
    behindBy: t.int({
      description: 'Days due before today (in the follower’s timezone) that are not read yet; today’s reading is not late.',
      resolve: async (participant, _args, context) => (await progressOfParticipant(context).load(participant)).behindBy,
    }),
    catchUp: t.field({
      type: [ReadingPlanDayProgressType],
      description: 'The late days to catch up on, oldest first.',
      resolve: async (participant, _args, context) => (await progressOfParticipant(context).load(participant)).catchUp,
    }),
  }),
});

// Refers to its own type, so it is added once the type exists.
builder.prismaObjectFields(ReadingPlanParticipationType, (t) => ({
  groupMembers: t.field({
    type: [ReadingPlanParticipationType],
    description: 'Everyone in the reading group, this follower included, in joining order; empty when following alone.',
    resolve: (participant, _args, context) => (participant.groupId ? membersOfReadingGroup(context).load(participant.groupId) : []),
  }),
}));

builder.queryFields((t) => ({
  myReadingPlans: t.prismaField({
    type: ['ReadingPlanParticipant'],
    description: 'The reading plans you follow, most recently joined first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.readingPlanParticipant.findMany({ ...query, where: { userId: signedInUserId(context) }, orderBy: { joinedAt: 'desc' } }),
  }),
}));

builder.mutationFields((t) => ({
  joinReadingPlan: t.prismaField({
    type: 'ReadingPlanParticipant',
    description:
      'Starts following a plan. With withUserIds (and no groupId) you start a reading group and your friends are invited to join it with the returned groupId; with groupId you join that group. NOT_FOUND for an unknown plan or group of this plan; CONFLICT when you already follow it.',
    authScopes: { authenticated: true },
    args: {
      planId: t.arg.id({ required: true, validate: idRule('reading plan') }),
      startDate: t.arg.string({ description: 'YYYY-MM-DD when day 1 is due; today in your timezone when left out.', validate: isoDateRule('start date').optional().nullable() }),
      timezone: t.arg.string({ defaultValue: 'UTC', description: 'IANA time zone, e.g. America/Toronto.', validate: timezoneRule }),
      groupId: t.arg.id({ description: 'A reading group of this plan to join.', validate: idRule('reading group').optional().nullable() }),
      withUserIds: t.arg.idList({ description: 'Friends to invite into a new reading group.', validate: withUserIdsRule.optional().nullable() }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await joinReadingPlan(context.prisma, context.events, {
        userId: signedInUserId(context),
        planId: args.planId,
        startDate: args.startDate,
        timezone: args.timezone ?? 'UTC',
        groupId: args.groupId,
        withUserIds: args.withUserIds,
        now: new Date(),
      });
      return context.prisma.readingPlanParticipant.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  completeReadingPlanDay: t.prismaField({
    type: 'ReadingPlanParticipant',
    description: 'Marks a day of a plan you follow as read; again changes nothing. NOT_FOUND for an unknown plan, FORBIDDEN when you do not follow it.',
    authScopes: { authenticated: true },
    args: {
      planId: t.arg.id({ required: true, validate: idRule('reading plan') }),
      dayNumber: t.arg.int({ required: true, validate: dayNumberRule }),
    },
    resolve: async (query, _root, args, context) => {
      const id = await completeReadingPlanDay(context.prisma, { userId: signedInUserId(context), planId: args.planId, dayNumber: args.dayNumber });
      return context.prisma.readingPlanParticipant.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
