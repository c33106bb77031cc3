// Narrows the course catalog; every field given must match.
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { DifficultyEnum } from '../content/enums';

export const CourseFilterInput = builder.inputType('CourseFilter', {
  description: 'Conditions a listed course must meet; leave a field out to not filter on it.',
  fields: (t) => ({
    facultyId: t.id({ tag: inPublicGraph() }),
    facultySlug: t.string({ tag: inPublicGraph(), description: 'The faculty’s slug, as in catalog URLs.' }),
    difficulty: t.field({ type: DifficultyEnum, tag: inPublicGraph() }),
    language: t.string({ tag: inPublicGraph(), description: 'Teaching language code, e.g. "en".' }),
    tag: t.string({ tag: inPublicGraph(), description: 'A tag the course carries, exactly as shown on the course.' }),
    isFree: t.boolean({ tag: inPublicGraph(), description: 'True for free courses only, false for paid ones only.' }),
  }),
});
