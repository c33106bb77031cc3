// The User entity is owned by users; courses refers to people by id and adds its own User fields
// (enrollments, teachingCourses, certificates, grades) in the areas that compute them.
import { builder } from '../../builder';

export interface UserReference {
  id: string;
}

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});

export const userReference = (id: string): UserReference => ({ id });
