// Grading a verse typed from memory against one of your cards.
import { builder } from '../../builder';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { requireOwnCard } from '../../memory/deck';
import { checkRecall, type RecallDifference, type RecallResult } from '../../memory/recall';
import { RecallDifferenceKindEnum } from './enums';
import { idRule, typedRecallRule } from './rules';

export const RecallDifferenceType = builder.objectRef<RecallDifference>('RecallDifference').implement({
  fields: (t) => ({
    kind: t.field({ type: RecallDifferenceKindEnum, resolve: (difference) => difference.kind }),
    expected: t.exposeString('expected', { nullable: true, description: 'The verse’s word; null for an extra word.' }),
    typed: t.exposeString('typed', { nullable: true, description: 'What was typed; null for a missing word.' }),
    position: t.exposeInt('position', { description: '0-based word position in the verse.' }),
  }),
});

export const RecallResultType = builder.objectRef<RecallResult>('RecallResult').implement({
  description:
    'Case, punctuation and spacing are ignored; small typos count as recalled (1 edit in words of 4–6 letters, 2 in longer words).',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: '0–1: recalled words over verse words plus extra words.' }),
    correct: t.exposeBoolean('correct', { description: 'Nothing missing, wrong or extra (typos allowed).' }),
    differences: t.field({ type: [RecallDifferenceType], resolve: (result) => result.differences }),
  }),
});

builder.queryFields((t) => ({
  checkRecall: t.field({
    type: RecallResultType,
    description: 'Grades a verse typed from memory against one of your cards. NOT_FOUND for anyone else’s.',
    authScopes: { authenticated: true },
    args: {
      cardId: t.arg.id({ required: true, validate: idRule('memory card') }),
      typed: t.arg.string({ required: true, validate: typedRecallRule }),
    },
    resolve: async (_root, args, context) => {
      const card = await requireOwnCard(context.prisma, signedInUserId(context), args.cardId);
      return checkRecall(card.verse.passage.text, args.typed);
    },
  }),
}));
