// The School entity is owned by users; courses refers to schools by id and adds the fields that read
// its students' learning (progress here, enrollments in school-enrollment.ts).
import type { Selection } from '@pothos/plugin-federation';
import { builder } from '../../builder';

export interface SchoolReference {
  id: string;
}

export const SchoolRef = builder.externalRef<Selection<{ id: string }>, SchoolReference>('School', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});
