// A verse in one person's deck with its FSRS schedule; the deck, the review queue and reviewing.
// Cards are private: every field repeats the owner check, and anyone else's card is NOT_FOUND.
import { builder } from '../../builder';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { addVerseToDeck, removeVerseFromDeck, requireOwnCard, reviewMemoryCard, reviewQueueFilters } from '../../memory/deck';
import { masteryPercent } from '../../memory/scheduler';
import { MemoryCardStateEnum, MemoryReviewRatingEnum } from './enums';
import { idRule, newCardLimitRule, timezoneRule } from './rules';

export const MemoryCardType = builder.prismaObject('MemoryCard', {
  description: 'A verse in your memory deck with its spaced-repetition (FSRS) schedule. Only its owner can read it.',
  authScopes: (card, context) => context.viewer.kind === 'user' && card.userId === context.viewer.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    verse: t.relation('verse'),
    state: t.field({ type: MemoryCardStateEnum, resolve: (card) => card.state }),
    due: t.expose('due', { type: 'DateTime' }),
    stability: t.exposeFloat('stability', { description: 'FSRS stability in days.' }),
    difficulty: t.exposeFloat('difficulty', { description: 'FSRS difficulty, 1–10.' }),
    reps: t.exposeInt('reps'),
    lapses: t.exposeInt('lapses', { description: 'Times the verse was forgotten after it had been learnt.' }),
    scheduledDays: t.exposeInt('scheduledDays'),
    lastReview: t.expose('lastReview', { type: 'DateTime', nullable: true }),
    mastery: t.int({
      description: '0–100: the predicted chance (FSRS retrievability) of recalling the verse right now.',
      resolve: (card) => masteryPercent(card, new Date()),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  myDeck: t.prismaField({
    type: ['MemoryCard'],
    description: 'Every card in your deck, in the order you added them.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.memoryCard.findMany({ ...query, where: { userId: signedInUserId(context) }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
  memoryCard: t.prismaField({
    type: 'MemoryCard',
    description: 'One card of your deck. NOT_FOUND for anyone else’s.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true, validate: idRule('memory card') }) },
    resolve: async (query, _root, args, context) => {
      await requireOwnCard(context.prisma, signedInUserId(context), args.id);
      return context.prisma.memoryCard.findUniqueOrThrow({ ...query, where: { id: args.id } });
    },
  }),
  myReviewQueue: t.prismaField({
    type: ['MemoryCard'],
    description:
      'What to review now: cards due (earliest first), then new cards up to newCardLimit per local day in timezone, counting new cards already started today.',
    authScopes: { authenticated: true },
    args: {
      timezone: t.arg.string({ required: true, description: 'IANA time zone, e.g. America/Toronto.', validate: timezoneRule }),
      newCardLimit: t.arg.int({ required: false, defaultValue: 10, validate: newCardLimitRule }),
    },
    resolve: async (query, _root, args, context) => {
      const filters = await reviewQueueFilters(context.prisma, signedInUserId(context), args.timezone, args.newCardLimit ?? 10);
      const due = await context.prisma.memoryCard.findMany({ ...query, ...filters.due });
      const fresh = filters.fresh.take === 0 ? [] : await context.prisma.memoryCard.findMany({ ...query, ...filters.fresh });
      return [...due, ...fresh];
    },
  }),
}));

builder.mutationFields((t) => ({
  addVerseToDeck: t.prismaField({
    type: 'MemoryCard',
    description: 'Adds a curated verse to your deck, due now. NOT_FOUND for an unknown verse; CONFLICT when it is already in your deck.',
    authScopes: { authenticated: true },
    args: { verseId: t.arg.id({ required: true, validate: idRule('memory verse') }) },
    resolve: async (query, _root, args, context) => {
      const card = await addVerseToDeck(context.prisma, signedInUserId(context), args.verseId);
      return context.prisma.memoryCard.findUniqueOrThrow({ ...query, where: { id: card.id } });
    },
  }),
  removeVerseFromDeck: t.id({
    description: 'Removes a verse and its review history from your deck; returns the removed card’s id. NOT_FOUND when it is not in your deck.',
    authScopes: { authenticated: true },
    args: { verseId: t.arg.id({ required: true, validate: idRule('memory verse') }) },
    resolve: (_root, args, context) => removeVerseFromDeck(context.prisma, signedInUserId(context), args.verseId),
  }),
  reviewMemoryCard: t.prismaField({
    type: 'MemoryCard',
    description: 'Rates your recall of a card now and schedules its next review with FSRS. NOT_FOUND for anyone else’s card.',
    authScopes: { authenticated: true },
    args: {
      cardId: t.arg.id({ required: true, validate: idRule('memory card') }),
      rating: t.arg({ type: MemoryReviewRatingEnum, required: true }),
      timezone: t.arg.string({ required: true, description: 'IANA time zone; decides the local day the review counts for.', validate: timezoneRule }),
    },
    resolve: async (query, _root, args, context) => {
      const card = await reviewMemoryCard(context.prisma, { userId: signedInUserId(context), cardId: args.cardId, rating: args.rating, timezone: args.timezone, events: context.events });
      return context.prisma.memoryCard.findUniqueOrThrow({ ...query, where: { id: card.id } });
    },
  }),
}));
