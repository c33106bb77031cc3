// Translations this deployment knows, and reading a passage by reference in one of them.
import { builder } from '../../builder';
import { listTranslations, readPassage, scriptureProviders } from '../../scripture/scripture';
import type { ScripturePassage, ScriptureTranslation } from '../../scripture/provider';
import { referenceRule, translationRule } from './rules';

export const ScriptureTranslationType = builder.objectRef<ScriptureTranslation>('ScriptureTranslation').implement({
  description: 'A Bible translation. Licensed ones are available only where a licensed provider is configured.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'e.g. "KJV".' }),
    name: t.exposeString('name'),
    licensed: t.exposeBoolean('licensed'),
    available: t.exposeBoolean('available', { description: 'False when this deployment cannot serve it.' }),
  }),
});

export const ScripturePassageType = builder.objectRef<ScripturePassage>('ScripturePassage').implement({
  description: 'Scripture text as a provider returned it: public-domain text or licensed text, never invented.',
  fields: (t) => ({
    reference: t.exposeString('reference', { description: 'Canonical, e.g. "John 3:16-17".' }),
    translation: t.exposeString('translation'),
    text: t.exposeString('text'),
  }),
});

builder.queryFields((t) => ({
  scriptureTranslations: t.field({
    type: [ScriptureTranslationType],
    description: 'Every translation, public-domain first.',
    resolve: (_root, _args, context) => listTranslations(scriptureProviders(context.prisma)),
  }),
  passage: t.field({
    type: ScripturePassageType,
    nullable: true,
    description:
      'The passage at a reference ("Jn 3:16-17", "Psalm 23") in a translation; null when it is not stored. BAD_USER_INPUT for an unreadable reference, an unknown translation, or a licensed one this deployment cannot serve.',
    args: {
      reference: t.arg.string({ required: true, validate: referenceRule }),
      translation: t.arg.string({ required: true, validate: translationRule }),
    },
    resolve: (_root, args, context) => readPassage(scriptureProviders(context.prisma), args.reference, args.translation),
  }),
}));
