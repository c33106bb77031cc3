// The blocked-word list (admins only): content containing one is held for a moderator when written.
import { builder } from '../../builder';
import { addBlockedWord, removeBlockedWord } from '../../feed/moderation';
import { blockedWordRule } from './rules';

builder.queryFields((t) => ({
  blockedWords: t.stringList({
    description: 'Admins only.',
    authScopes: { admin: true },
    resolve: async (_root, _args, context) => (await context.prisma.blockedWord.findMany({ orderBy: { word: 'asc' } })).map((row) => row.word),
  }),
}));

builder.mutationFields((t) => ({
  addBlockedWord: t.string({
    description: 'Adds a word or phrase (stored lower-case; idempotent); returns it as stored. Admins only. Errors: BAD_USER_INPUT, FORBIDDEN.',
    authScopes: { admin: true },
    args: { word: t.arg.string({ required: true }).validate(blockedWordRule) },
    resolve: (_root, args, context) => addBlockedWord(context.prisma, args.word),
  }),
  removeBlockedWord: t.boolean({
    description: 'Returns whether the word was on the list. Admins only.',
    authScopes: { admin: true },
    args: { word: t.arg.string({ required: true }).validate(blockedWordRule) },
    resolve: (_root, args, context) => removeBlockedWord(context.prisma, args.word),
  }),
}));
