// The devotion of a day: its passage, reflection, prayer prompt and action step; the queries that read
// devotions by local date and the mutations staff schedule them with and people finish them with.
import { builder } from '../../builder';
import type { SubgraphContext } from '../../../../kit/src/context';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { hasRole } from '../../../../kit/src/viewer';
import { dateColumnOfDay, dayInZone, dayOfDateColumn, formatIsoDate, parseIsoDate } from '../../../../kit/src/zoned-time';
import { idRule, isoDateRule, notesRule, timezoneRule } from '../../devotions/devotion-rules';
import { completeDevotion, devotionStreak, isPublished, scheduleDevotion, updateDevotion } from '../../devotions/devotions';
import { DevotionCompletionType } from './devotion-completion';
import { DevotionStreakType } from './devotion-streak';
import { myCompletionOfDevotion } from './loaders';
import { ScheduleDevotionInput } from './schedule-devotion-input';
import { UpdateDevotionInput } from './update-devotion-input';

const isStaff = (context: SubgraphContext) => hasRole(context.viewer, 'admin') || hasRole(context.viewer, 'instructor');

export const DevotionType = builder.prismaObject('Devotion', {
  description: 'The devotion of one calendar day. Anyone can read it once its date has begun somewhere; staff see scheduled ones earlier.',
  fields: (t) => ({
    id: t.exposeID('id'),
    date: t.string({ description: 'YYYY-MM-DD.', resolve: (devotion) => formatIsoDate(dayOfDateColumn(devotion.date)) }),
    title: t.exposeString('title'),
    passage: t.relation('passage'),
    reflection: t.exposeString('reflection'),
    prayerPrompt: t.exposeString('prayerPrompt'),
    actionStep: t.exposeString('actionStep'),
    audioUrl: t.exposeString('audioUrl', { nullable: true }),
    myCompletion: t.field({
      type: DevotionCompletionType,
      nullable: true,
      description: 'Your completion and notes; null when you have not finished it or are signed out.',
      resolve: (devotion, _args, context) =>
        context.viewer.kind === 'user' ? myCompletionOfDevotion(context, context.viewer.id).load(devotion.id) : null,
    }),
  }),
});

builder.queryFields((t) => ({
  todayDevotion: t.prismaField({
    type: 'Devotion',
    nullable: true,
    description: 'The devotion for today’s date in your timezone; null when none is scheduled.',
    args: { timezone: t.arg.string({ defaultValue: 'UTC', description: 'IANA time zone, e.g. America/Toronto.', validate: timezoneRule }) },
    resolve: (query, _root, args, context) =>
      context.prisma.devotion.findUnique({ ...query, where: { date: dateColumnOfDay(dayInZone(new Date(), args.timezone ?? 'UTC')) } }),
  }),
  devotion: t.prismaField({
    type: 'Devotion',
    nullable: true,
    description: 'The devotion of a date, YYYY-MM-DD; null when there is none or its date has not begun anywhere yet (staff see those).',
    args: { date: t.arg.string({ required: true, validate: isoDateRule('date') }) },
    resolve: async (query, _root, args, context) => {
      const devotion = await context.prisma.devotion.findUnique({ ...query, where: { date: dateColumnOfDay(parseIsoDate(args.date.trim()) ?? 0) } });
      if (!devotion || (!isPublished(devotion.date, new Date()) && !isStaff(context))) return null;
      return devotion;
    },
  }),
  myDevotionStreak: t.field({
    type: DevotionStreakType,
    description: 'Your devotion streak as of today in your timezone.',
    authScopes: { authenticated: true },
    args: { timezone: t.arg.string({ defaultValue: 'UTC', description: 'IANA time zone, e.g. America/Toronto.', validate: timezoneRule }) },
    resolve: (_root, args, context) => devotionStreak(context.prisma, signedInUserId(context), args.timezone ?? 'UTC', new Date()),
  }),
}));

builder.mutationFields((t) => ({
  scheduleDevotion: t.prismaField({
    type: 'Devotion',
    description: 'Schedules the devotion of a date (staff: instructors and admins). CONFLICT when the date already has one, or when the passage is stored with different text.',
    authScopes: { role: 'instructor', admin: true },
    args: { input: t.arg({ type: ScheduleDevotionInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const id = await scheduleDevotion(context.prisma, signedInUserId(context), input.date, input);
      return context.prisma.devotion.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateDevotion: t.prismaField({
    type: 'Devotion',
    description: 'Changes a devotion (staff). NOT_FOUND for an unknown id; CONFLICT when moving it onto a taken date.',
    authScopes: { role: 'instructor', admin: true },
    args: { id: t.arg.id({ required: true, validate: idRule('devotion') }), input: t.arg({ type: UpdateDevotionInput, required: true }) },
    resolve: async (query, _root, { id, input }, context) => {
      await updateDevotion(context.prisma, id, {
        date: input.date,
        title: input.title ?? undefined,
        passage: input.passage ?? undefined,
        reflection: input.reflection ?? undefined,
        prayerPrompt: input.prayerPrompt ?? undefined,
        actionStep: input.actionStep ?? undefined,
        audioUrl: input.audioUrl,
      });
      return context.prisma.devotion.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  completeDevotion: t.prismaField({
    type: 'DevotionCompletion',
    description:
      'Records that you finished a devotion, on today’s date in your timezone. Finishing it again only replaces the notes. NOT_FOUND for a devotion whose date has not begun.',
    authScopes: { authenticated: true },
    args: {
      devotionId: t.arg.id({ required: true, validate: idRule('devotion') }),
      notes: t.arg.string({ defaultValue: '', description: 'Private to you.', validate: notesRule }),
      timezone: t.arg.string({ defaultValue: 'UTC', description: 'IANA time zone, e.g. America/Toronto.', validate: timezoneRule }),
    },
    resolve: async (query, _root, args, context) => {
      const userId = signedInUserId(context);
      await completeDevotion(context.prisma, { userId, devotionId: args.devotionId, notes: args.notes ?? '', timezone: args.timezone ?? 'UTC', now: new Date(), events: context.events });
      return context.prisma.devotionCompletion.findUniqueOrThrow({ ...query, where: { userId_devotionId: { userId, devotionId: args.devotionId } } });
    },
  }),
}));
