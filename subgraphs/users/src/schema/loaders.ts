// Per-request DataLoaders: every list-to-entity hop is one SQL statement however many parents ask.
import DataLoader from 'dataloader';
import type { School, User } from '../../../kit/src/db';
import type { SubgraphContext } from '../../../kit/src/context';
import { confirmedChildrenOf, confirmedParentsOf } from '../family';
import { membershipsOfUsers, membersOfSchools, type MembershipWithPeople } from '../schools';
import { isUuid } from '../../../kit/src/uuid';

// Shared with the modules that import it from here.
export { isUuid };

function byIds<T extends { id: string }>(
  load: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length > 0 ? await load(wanted) : [];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function grouped<V>(load: (ids: readonly string[]) => Promise<Map<string, V[]>>): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (ids) => {
    const groups = await load(ids);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export const userById = (context: SubgraphContext) =>
  context.loader('users.userById', () => byIds<User>((ids) => context.prisma.user.findMany({ where: { id: { in: ids } } })));

export const schoolById = (context: SubgraphContext) =>
  context.loader('users.schoolById', () =>
    byIds<School>((ids) => context.prisma.school.findMany({ where: { id: { in: ids } } })),
  );

export const childrenOf = (context: SubgraphContext) =>
  context.loader('users.childrenOf', () => grouped<User>((ids) => confirmedChildrenOf(context.prisma, ids)));

export const parentsOf = (context: SubgraphContext) =>
  context.loader('users.parentsOf', () => grouped<User>((ids) => confirmedParentsOf(context.prisma, ids)));

export const membershipsOf = (context: SubgraphContext) =>
  context.loader('users.membershipsOf', () =>
    grouped<MembershipWithPeople>((ids) => membershipsOfUsers(context.prisma, ids)),
  );

export const membersOf = (context: SubgraphContext) =>
  context.loader('users.membersOf', () => grouped<MembershipWithPeople>((ids) => membersOfSchools(context.prisma, ids)));
