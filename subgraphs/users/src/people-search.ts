// Finding people for administrators: by name or email, optionally with one platform role, newest
// accounts first. Deleted accounts are left out: there is nothing left to administer.
import type { Prisma, PrismaClient, User } from '../../kit/src/db';
import type { Role } from '../../kit/src/viewer';

export interface PeopleSearch {
  /** Part of a display name or email address, any letter case. */
  search?: string | null;
  /** Only people who hold this role. */
  role?: Role | null;
}

/** The WHERE clause for a people search; blank search text matches everyone. */
export function peopleWhere(input: PeopleSearch): Prisma.UserWhereInput {
  const text = input.search?.trim() ?? '';
  return {
    deletedAt: null,
    ...(input.role ? { roles: { has: input.role } } : {}),
    ...(text
      ? { OR: [{ displayName: { contains: text, mode: 'insensitive' } }, { email: { contains: text, mode: 'insensitive' } }] }
      : {}),
  };
}

/** One page of people, newest accounts first (ties broken by id so pages never overlap). */
export function findPeople(prisma: PrismaClient, input: PeopleSearch, page: { skip: number; take: number }): Promise<User[]> {
  return prisma.user.findMany({
    where: peopleWhere(input),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: page.skip,
    take: page.take,
  });
}

export function countPeople(prisma: PrismaClient, input: PeopleSearch): Promise<number> {
  return prisma.user.count({ where: peopleWhere(input) });
}
