// `people`: the administrators' directory of accounts, searched by name or email and filtered by role,
// paginated as a Relay connection so the admin pages can "load more".
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../builder';
import { countPeople, findPeople } from '../people-search';
import { RoleEnum } from './role';
import { UserType } from './user';

/** The most people one page may hold. */
export const PEOPLE_PAGE_MAX = 100;

builder.queryFields((t) => ({
  people: t.connection(
    {
      type: UserType,
      description:
        'Admins only: accounts whose name or email contains `search` (any letter case), optionally only those with `role`, newest first. `first` is at most 100 (20 by default). Errors: FORBIDDEN, BAD_USER_INPUT.',
      authScopes: { admin: true },
      args: {
        search: t.arg.string({ validate: z.string().max(200, 'Search for at most 200 characters.') }),
        role: t.arg({ type: RoleEnum }),
      },
      resolve: async (_root, args, context) => {
        const input = { search: args.search, role: args.role };
        const result = await resolveOffsetConnection(
          { args, defaultSize: 20, maxSize: PEOPLE_PAGE_MAX },
          ({ offset, limit }) => findPeople(context.prisma, input, { skip: offset, take: limit }),
        );
        return { ...result, totalCount: await countPeople(context.prisma, input) };
      },
    },
    {
      name: 'PeopleConnection',
      fields: (connection) => ({
        totalCount: connection.int({ description: 'Every account matching the search, not just this page.', resolve: (parent) => parent.totalCount }),
      }),
    },
  ),
}));
