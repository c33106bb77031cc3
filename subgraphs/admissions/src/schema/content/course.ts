// The Course entity is owned by courses; programs list required and first-term courses by reference.
import { builder } from '../../builder';

export const CourseRef = builder.externalRef('Course', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});

export const courseReference = (id: string) => ({ id });
