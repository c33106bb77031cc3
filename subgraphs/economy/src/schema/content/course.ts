// The Course entity is owned by courses; economy adds its price (and the areas add what else they own).
import { builder } from '../../builder';

export const CourseRef = builder.externalRef('Course', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});

export const courseReference = (id: string) => ({ id });
