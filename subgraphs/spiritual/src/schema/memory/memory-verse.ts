// A verse people can add to their memory deck, and the curated list.
import { builder } from '../../builder';

export const MemoryVerseType = builder.prismaObject('MemoryVerse', {
  description: 'A verse to memorise, in a public-domain translation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    curated: t.exposeBoolean('curated'),
    passage: t.relation('passage'),
    reference: t.string({ select: { passage: { select: { reference: true } } }, resolve: (verse) => verse.passage.reference }),
    translation: t.string({ select: { passage: { select: { translation: true } } }, resolve: (verse) => verse.passage.translation }),
    text: t.string({ select: { passage: { select: { text: true } } }, resolve: (verse) => verse.passage.text }),
  }),
});

builder.queryFields((t) => ({
  memoryVerses: t.prismaField({
    type: ['MemoryVerse'],
    description: 'The curated verses anyone can add to their deck, oldest first.',
    resolve: (query, _root, _args, context) =>
      context.prisma.memoryVerse.findMany({ ...query, where: { curated: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
}));
