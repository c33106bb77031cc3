// The User entity is owned by users; admissions refers to people by id and adds `applications`.
import { builder } from '../../builder';

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});

export const userReference = (id: string) => ({ id });
