// The User entity is owned by users; the tutor refers to people by id and adds `tutorUsage`.
import { builder } from '../../builder';

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});

export const userReference = (id: string) => ({ id });
