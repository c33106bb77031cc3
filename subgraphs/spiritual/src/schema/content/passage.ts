// A passage of scripture in one translation.
import { builder } from '../../builder';

export const PassageType = builder.prismaObject('Passage', {
  description: 'Scripture text in one translation: public-domain text, or text a licensed provider returned.',
  fields: (t) => ({
    id: t.exposeID('id'),
    reference: t.exposeString('reference', { description: 'Normalised, e.g. "John 3:16-17".' }),
    translation: t.exposeString('translation'),
    text: t.exposeString('text'),
  }),
});
