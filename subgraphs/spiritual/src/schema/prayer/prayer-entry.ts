// The PrayerEntry entity: the journal's queries and mutations. Every read path repeats the visibility
// rule of prayer/visibility.ts, the entity reference resolver included.
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Prisma } from '../../../../kit/src/db';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { createPrayerEntry, deletePrayerEntry, markPrayerAnswered, prayFor, updatePrayerEntry } from '../../prayer/entries';
import { canReadEntry, readableEntriesWhere } from '../../prayer/visibility';
import { UserRef, userReference } from '../content/user';
import { PrayerVisibilityEnum } from './enums';
import { prayerContentRule, prayerTitleRule, searchRule, testimonyRule, timezoneRule, uuidRule } from './rules';
import { viewerPartnerIds } from './viewer-partners';
import { isUuid } from '../../../../kit/src/uuid';

const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

async function readableWhere(context: SubgraphContext): Promise<Prisma.PrayerEntryWhereInput> {
  const viewerId = signedInUserId(context);
  return readableEntriesWhere(viewerId, [...(await viewerPartnerIds(context))]);
}

export const PrayerEntryType = builder.prismaObject('PrayerEntry', {
  description: 'A prayer in someone’s journal. Private entries are seen by their author only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    author: t.field({ type: UserRef, resolve: (entry) => userReference(entry.authorId) }),
    title: t.exposeString('title'),
    content: t.exposeString('content'),
    category: t.relation('category', { nullable: true }),
    visibility: t.field({ type: PrayerVisibilityEnum, resolve: (entry) => entry.visibility }),
    answered: t.boolean({ resolve: (entry) => entry.answeredAt !== null }),
    answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
    testimony: t.exposeString('testimony', { nullable: true }),
    sourcePostId: t.exposeID('sourcePostId', { nullable: true, description: 'The community prayer request this entry was created from.' }),
    prayedCount: t.exposeInt('prayedCount', { description: 'How many times people prayed for it, at most once per person per day.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.asEntity(PrayerEntryType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips root-field checks, so visibility is checked here too.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id) || context.viewer.kind !== 'user') return null;
    const entry = await context.prisma.prayerEntry.findUnique({ where: { id: reference.id } });
    return entry && canReadEntry(context.viewer.id, await viewerPartnerIds(context), entry) ? entry : null;
  },
});

const PrayerEntryFilter = builder.inputType('PrayerEntryFilter', {
  fields: (t) => ({
    categoryId: t.id().validate(uuidRule('category').nullish()),
    answered: t.boolean({ description: 'true: answered only; false: still waiting; leave out for both.' }),
    search: t.string({ description: 'Words in the title or the prayer, case-insensitive.' }).validate(searchRule.nullish()),
  }),
});

const CreatePrayerEntryInput = builder.inputType('CreatePrayerEntryInput', {
  fields: (t) => ({
    title: t.string({ required: true, description: '1–200 characters.' }).validate(prayerTitleRule),
    content: t.string({ required: true, description: '1–10,000 characters.' }).validate(prayerContentRule),
    categoryId: t.id({ description: 'One of prayerCategories.' }).validate(uuidRule('category').nullish()),
    visibility: t.field({ type: PrayerVisibilityEnum, description: '@default private' }),
    sourcePostId: t.id({ description: 'The community prayer-request post this entry is created from.' }).validate(uuidRule('post').nullish()),
  }),
});

const UpdatePrayerEntryInput = builder.inputType('UpdatePrayerEntryInput', {
  fields: (t) => ({
    entryId: t.id({ required: true }).validate(uuidRule('prayer entry')),
    title: t.string({ description: '1–200 characters.' }).validate(prayerTitleRule.nullish()),
    content: t.string({ description: '1–10,000 characters.' }).validate(prayerContentRule.nullish()),
    categoryId: t.id({ description: 'Null removes the category; leave out to keep it.' }).validate(uuidRule('category').nullish()),
    visibility: t.field({ type: PrayerVisibilityEnum }),
  }),
});

builder.queryFields((t) => ({
  prayerEntry: t.prismaField({
    type: 'PrayerEntry',
    nullable: true,
    description: 'An entry you may see; null otherwise.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      if (!isUuid(args.id)) return null;
      return context.prisma.prayerEntry.findFirst({ ...query, where: { AND: [{ id: args.id }, await readableWhere(context)] } });
    },
  }),
  myPrayerEntries: t.prismaConnection({
    type: 'PrayerEntry',
    cursor: 'id',
    description: 'Your own entries, newest first.',
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: PrayerEntryFilter }) },
    resolve: (query, _root, args, context) => {
      const filter = args.filter ?? {};
      const search = filter.search?.trim();
      return context.prisma.prayerEntry.findMany({
        ...query,
        where: {
          authorId: signedInUserId(context),
          ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
          ...(filter.answered == null ? {} : { answeredAt: filter.answered ? { not: null } : null }),
          ...(search
            ? { OR: [{ title: { contains: search, mode: 'insensitive' as const } }, { content: { contains: search, mode: 'insensitive' as const } }] }
            : {}),
        },
        orderBy: NEWEST_FIRST,
      });
    },
  }),
  answeredPrayers: t.prismaConnection({
    type: 'PrayerEntry',
    cursor: 'id',
    description: 'Answered prayers you may see (yours, your partners’ shared ones and the community’s), most recently answered first.',
    authScopes: { authenticated: true },
    resolve: async (query, _root, _args, context) =>
      context.prisma.prayerEntry.findMany({
        ...query,
        where: { AND: [{ answeredAt: { not: null } }, await readableWhere(context)] },
        orderBy: [{ answeredAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  communityPrayers: t.prismaConnection({
    type: 'PrayerEntry',
    cursor: 'id',
    description: 'Entries everyone shared with the community, newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.prayerEntry.findMany({ ...query, where: { visibility: 'community' }, orderBy: NEWEST_FIRST }),
  }),
  partnerPrayers: t.prismaConnection({
    type: 'PrayerEntry',
    cursor: 'id',
    description: 'Entries your accepted prayer partners shared with their partners, newest first.',
    authScopes: { authenticated: true },
    resolve: async (query, _root, _args, context) => {
      signedInUserId(context);
      const partners = [...(await viewerPartnerIds(context))];
      return context.prisma.prayerEntry.findMany({ ...query, where: { visibility: 'partners', authorId: { in: partners } }, orderBy: NEWEST_FIRST });
    },
  }),
}));

builder.mutationFields((t) => ({
  createPrayerEntry: t.prismaField({
    type: 'PrayerEntry',
    description: 'Writes a journal entry (private unless you choose otherwise). Errors: BAD_USER_INPUT (empty or too long, or a category that is not yours).',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreatePrayerEntryInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const entry = await createPrayerEntry(context.prisma, context.events, signedInUserId(context), input);
      return context.prisma.prayerEntry.findUniqueOrThrow({ ...query, where: { id: entry.id } });
    },
  }),
  updatePrayerEntry: t.prismaField({
    type: 'PrayerEntry',
    description: 'The author changes an entry. Errors: NOT_FOUND (no entry you can see), FORBIDDEN (not yours), BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdatePrayerEntryInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { entryId, ...changes } = input;
      await updatePrayerEntry(context.prisma, signedInUserId(context), entryId, changes);
      return context.prisma.prayerEntry.findUniqueOrThrow({ ...query, where: { id: entryId } });
    },
  }),
  deletePrayerEntry: t.id({
    description: 'The author deletes an entry; returns its id. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: { entryId: t.arg.id({ required: true }).validate(uuidRule('prayer entry')) },
    resolve: async (_root, args, context) => {
      await deletePrayerEntry(context.prisma, signedInUserId(context), args.entryId);
      return args.entryId;
    },
  }),
  markPrayerAnswered: t.prismaField({
    type: 'PrayerEntry',
    description: 'The author records that a prayer was answered, with an optional testimony. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: {
      entryId: t.arg.id({ required: true }).validate(uuidRule('prayer entry')),
      testimony: t.arg.string({ description: 'How it was answered; at most 5,000 characters.' }).validate(testimonyRule.nullish()),
    },
    resolve: async (query, _root, args, context) => {
      const testimony = args.testimony?.trim() ? args.testimony.trim() : null;
      await markPrayerAnswered(context.prisma, context.events, signedInUserId(context), args.entryId, testimony);
      return context.prisma.prayerEntry.findUniqueOrThrow({ ...query, where: { id: args.entryId } });
    },
  }),
  prayedFor: t.prismaField({
    type: 'PrayerEntry',
    description:
      '"I prayed" for an entry you can see: counts once per person per entry per day in your time zone; again the same day returns the current count. Errors: NOT_FOUND, BAD_USER_INPUT.',
    authScopes: { authenticated: true },
    args: {
      entryId: t.arg.id({ required: true }).validate(uuidRule('prayer entry')),
      timezone: t.arg.string({ required: true, description: 'IANA time zone, e.g. America/Toronto.' }).validate(timezoneRule),
    },
    resolve: async (query, _root, args, context) => {
      await prayFor(context.prisma, signedInUserId(context), args.entryId, args.timezone);
      return context.prisma.prayerEntry.findUniqueOrThrow({ ...query, where: { id: args.entryId } });
    },
  }),
}));
