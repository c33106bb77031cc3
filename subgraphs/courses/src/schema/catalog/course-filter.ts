// Narrows the course catalog; every field given must match.
import { builder } from '../../builder';
import { DifficultyEnum } from '../content/enums';

export const CourseFilterInput = builder.inputType('CourseFilter', {
  description: 'Conditions a listed course must meet; leave a field out to not filter on it.',
  fields: (t) => ({
    facultyId: t.id(),
    facultySlug: t.string({ description: 'The faculty’s slug, as in catalog URLs.' }),
    difficulty: t.field({ type: DifficultyEnum }),
    language: t.string({ description: 'Teaching language code, e.g. "en".' }),
    tag: t.string({ description: 'A tag the course carries, exactly as shown on the course.' }),
    isFree: t.boolean({ description: 'True for free courses only, false for paid ones only.' }),
  }),
});
