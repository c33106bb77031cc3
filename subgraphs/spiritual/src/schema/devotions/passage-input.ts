// A passage given with a devotion: its reference, translation and the exact text of that translation.
import { builder } from '../../builder';
import { passageTextRule, referenceRule, translationRule } from '../../devotions/devotion-rules';

export const PassageInput = builder.inputType('PassageInput', {
  fields: (t) => ({
    reference: t.string({ required: true, description: 'One reference in any common spelling ("jn 3:16-17"); stored normalised.' }).validate(referenceRule),
    translation: t.string({ required: true, description: 'Translation code, e.g. KJV or WEB.' }).validate(translationRule),
    text: t.string({ required: true, description: 'The passage exactly as that translation words it; never paraphrased.' }).validate(passageTextRule),
  }),
});
