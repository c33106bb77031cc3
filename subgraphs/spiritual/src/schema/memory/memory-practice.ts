// Practice material for one of your cards: blanks, first letters or shuffled words.
import { builder } from '../../builder';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { formatIsoDate, dayInZone } from '../../../../kit/src/zoned-time';
import { requireOwnCard } from '../../memory/deck';
import { practiceMaterial, type PracticeMaterial } from '../../memory/practice';
import { MemoryPracticeModeEnum } from './enums';
import { idRule, timezoneRule } from './rules';

export const MemoryPracticeType = builder.objectRef<PracticeMaterial & { cardId: string }>('MemoryPractice').implement({
  description: 'An exercise for one card. The same card gives the same exercise all day (in your time zone).',
  fields: (t) => ({
    cardId: t.exposeID('cardId'),
    mode: t.field({ type: MemoryPracticeModeEnum, resolve: (practice) => practice.mode }),
    prompt: t.exposeString('prompt', { description: 'Blanks as "_____", first letters with punctuation kept, or the shuffled words.' }),
    words: t.exposeStringList('words', { description: 'The prompt word by word (word_order: the shuffled words).' }),
    answers: t.exposeStringList('answers', { description: 'fill_in_blank: the hidden words in order; otherwise the verse word by word.' }),
  }),
});

builder.queryFields((t) => ({
  memoryPractice: t.field({
    type: MemoryPracticeType,
    description: 'An exercise for one of your cards. NOT_FOUND for anyone else’s.',
    authScopes: { authenticated: true },
    args: {
      cardId: t.arg.id({ required: true, validate: idRule('memory card') }),
      mode: t.arg({ type: MemoryPracticeModeEnum, required: true }),
      timezone: t.arg.string({ required: true, description: 'IANA time zone; the exercise changes with your local day.', validate: timezoneRule }),
    },
    resolve: async (_root, args, context) => {
      const card = await requireOwnCard(context.prisma, signedInUserId(context), args.cardId);
      const day = formatIsoDate(dayInZone(new Date(), args.timezone));
      return { cardId: card.id, ...practiceMaterial(card.verse.passage.text, args.mode, `${card.id}|${day}`) };
    },
  }),
}));
