// The User entity is owned by users; courses refers to people by id and adds its own User fields
// (enrollments, teachingCourses, certificates, grades) in the areas that compute them.
import type { Selection } from '@pothos/plugin-federation';
import { builder } from '../../builder';

export interface UserReference {
  id: string;
  /** The users subgraph's display name; the router sends it only to fields that @requires it. */
  displayName?: string;
}

export const UserRef = builder.externalRef<Selection<{ id: string }>, UserReference>('User', builder.selection<{ id: string }>('id')).implement({
  // External so User.certificates can @requires it and print the holder's name on the PDF.
  externalFields: (t) => ({ id: t.id(), displayName: t.string() }),
  fields: () => ({}),
});

export const userReference = (id: string): UserReference => ({ id });

/**
 * Field options that add `@requires(fields: "displayName")`. The directive works on any field of the
 * ref; Pothos types `requires` only inside `implement`, and learning's fields are added elsewhere.
 */
export const requiresDisplayName = { requires: builder.selection<{ displayName: string }>('displayName') };
