// The User entity is owned by users; community refers to people by id (authors, members, mentions).
import { builder } from '../../builder';

export interface UserReference {
  id: string;
}

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});

export const userReference = (id: string): UserReference => ({ id });
