// The Lecture entity is owned by courses; sessions and the tools' results refer to lectures by id.
import { builder } from '../../builder';

export const LectureRef = builder.externalRef('Lecture', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});

export const lectureReference = (id: string) => ({ id });
