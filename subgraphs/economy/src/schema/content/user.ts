// The User entity is owned by users; economy refers to people by id and adds wallet, badges, achievements and xp.
import { builder } from '../../builder';

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});

export const userReference = (id: string) => ({ id });
