// A student's study plan for an exam: its sessions, progress and calendar feed, the queries that read
// plans and the mutations that change them. Plans are private to their owner.
import { builder } from '../../builder';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { calendarPath } from '../../planning/calendar-token';
import { idRule } from '../../planning/plan-rules';
import { studyPlanCalendarText } from '../../planning/plan-calendar';
import {
  createStudyPlan,
  deleteStudyPlan,
  replanStudyPlan,
  requireOwnPlan,
  rotateCalendarToken,
} from '../../planning/study-plans';
import { dayOfDateColumn, formatIsoDate } from '../../../../kit/src/zoned-time';
import { StudyPaceEnum, TimeOfDayEnum } from '../content/enums';
import { CreateStudyPlanInput } from './create-study-plan-input';
import { StudyPlanProgressType } from './study-plan-progress';

export const StudyPlanType = builder.prismaObject('StudyPlan', {
  description: 'Study sessions planned up to an exam. Only its owner can read it.',
  // Every field repeats the owner check, whichever root field or payload the plan arrives through.
  authScopes: (plan, context) => context.viewer.kind === 'user' && plan.userId === context.viewer.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    course: t.relation('course'),
    moduleIds: t.exposeIDList('moduleIds', { description: 'Modules covered, in course order; empty means the whole course.' }),
    examDate: t.string({ description: 'YYYY-MM-DD.', resolve: (plan) => formatIsoDate(dayOfDateColumn(plan.examDate)) }),
    studyDaysPerWeek: t.exposeInt('studyDaysPerWeek'),
    hoursPerSession: t.exposeFloat('hoursPerSession'),
    preferredTimeOfDay: t.field({ type: TimeOfDayEnum, resolve: (plan) => plan.preferredTimeOfDay }),
    pace: t.field({ type: StudyPaceEnum, resolve: (plan) => plan.pace }),
    timezone: t.exposeString('timezone'),
    sessions: t.relation('sessions', { description: 'Every session, missed and done ones included, by start time.', query: { orderBy: { startsAt: 'asc' } } }),
    progress: t.field({
      type: StudyPlanProgressType,
      select: { sessions: { select: { status: true, timeSpentMinutes: true } } },
      resolve: (plan) => {
        const done = plan.sessions.filter((session) => session.status === 'done');
        const missed = plan.sessions.filter((session) => session.status === 'missed').length;
        return {
          sessionsDone: done.length,
          sessionsMissed: missed,
          sessionsTotal: plan.sessions.length - missed,
          minutesSpent: done.reduce((sum, session) => sum + (session.timeSpentMinutes ?? 0), 0),
        };
      },
    }),
    calendarUrl: t.string({
      description: 'Path on the API host of this plan’s iCalendar feed, for calendar apps to subscribe to. Anyone with it can read the plan: rotate it to revoke.',
      resolve: (plan) => calendarPath(plan.calendarToken),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const planIdArg = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) =>
  t.arg.id({ required: true, validate: idRule('study plan') });

builder.queryFields((t) => ({
  myStudyPlans: t.prismaField({
    type: ['StudyPlan'],
    description: 'Your study plans, newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.studyPlan.findMany({ ...query, where: { userId: signedInUserId(context) }, orderBy: { createdAt: 'desc' } }),
  }),
  studyPlan: t.prismaField({
    type: 'StudyPlan',
    description: 'One of your study plans. NOT_FOUND for anyone else’s.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true, validate: idRule('study plan') }) },
    resolve: async (query, _root, args, context) => {
      await requireOwnPlan(context.prisma, signedInUserId(context), args.id);
      return context.prisma.studyPlan.findUniqueOrThrow({ ...query, where: { id: args.id } });
    },
  }),
  studyPlanCalendar: t.string({
    nullable: true,
    description: 'The iCalendar (RFC 5545) text of the plan whose calendar token this is; null for an unknown or rotated token. Serves the gateway’s /calendar/<token>.ics feed.',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => studyPlanCalendarText(context.prisma, args.token),
  }),
}));

builder.mutationFields((t) => ({
  createStudyPlan: t.prismaField({
    type: 'StudyPlan',
    description:
      'Plans study sessions for an exam in a course you are enrolled in. BAD_USER_INPUT (with sessionsNeeded, sessionsAvailable and hoursNeeded) when the material does not fit before the exam.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateStudyPlanInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const plan = await createStudyPlan(context.prisma, context.viewer, input);
      return context.prisma.studyPlan.findUniqueOrThrow({ ...query, where: { id: plan.id } });
    },
  }),
  replanStudyPlan: t.prismaField({
    type: 'StudyPlan',
    description: 'Marks sessions whose time passed unstudied as missed and spreads their topics over the study days left before the exam.',
    authScopes: { authenticated: true },
    args: { planId: planIdArg(t) },
    resolve: async (query, _root, args, context) => {
      await replanStudyPlan(context.prisma, signedInUserId(context), args.planId);
      return context.prisma.studyPlan.findUniqueOrThrow({ ...query, where: { id: args.planId } });
    },
  }),
  rotateStudyPlanCalendarToken: t.prismaField({
    type: 'StudyPlan',
    description: 'Gives the plan a new calendar feed URL; the old one stops working at once.',
    authScopes: { authenticated: true },
    args: { planId: planIdArg(t) },
    resolve: async (query, _root, args, context) => {
      await rotateCalendarToken(context.prisma, signedInUserId(context), args.planId);
      return context.prisma.studyPlan.findUniqueOrThrow({ ...query, where: { id: args.planId } });
    },
  }),
  deleteStudyPlan: t.id({
    description: 'Deletes one of your plans with its sessions; returns its id.',
    authScopes: { authenticated: true },
    args: { planId: planIdArg(t) },
    resolve: (_root, args, context) => deleteStudyPlan(context.prisma, signedInUserId(context), args.planId),
  }),
}));
