// Parent ↔ child links. A parent asks by the child's email; the child confirms or declines. Confirming
// gives the asker the `parent` role and emits ParentLinkConfirmed (in the same transaction), so parent
// features here and in other domains follow the link.
// Anyone may ask: a person is not a parent until a child says so.
import type { Db, ParentLink, PrismaClient, User } from '../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../kit/src/errors';
import { emitEvent } from '../../kit/src/events';
import type { Mailer } from '../../kit/src/mail';
import { normaliseEmail } from './email-address';
import { parentLinkRequestMail } from './mail-templates';
import { addRole } from './roles';
import { groupBy } from '../../kit/src/group-by';

export type ParentLinkWithPeople = ParentLink & { parent: User; child: User };

const withPeople = { parent: true, child: true } as const;

/**
 * Note: an unknown child email answers NOT_FOUND. Only signed-in people can ask, and the answer is
 * what makes the feature usable ("ask your child to sign up first").
 */
export async function requestParentLink(
  db: Db,
  mailer: Mailer,
  input: { parentId: string; childEmail: string },
): Promise<ParentLinkWithPeople> {
  const child = await db.user.findFirst({ where: { email: normaliseEmail(input.childEmail), deletedAt: null } });
  if (child === null) {
    throw notFound('A ScrollForge account with that email (ask your child to sign up first, then try again)');
  }
  if (child.id === input.parentId) throw badInput('You cannot link to your own account. Enter your child’s email.', 'childEmail');
  const reverse = await db.parentLink.findUnique({
    where: { parentId_childId: { parentId: child.id, childId: input.parentId } },
  });
  if (reverse?.status === 'confirmed') {
    throw badInput('That person is already linked as your parent, so they cannot also be your child.', 'childEmail');
  }
  const existing = await db.parentLink.findUnique({
    where: { parentId_childId: { parentId: input.parentId, childId: child.id } },
    include: withPeople,
  });
  if (existing?.status === 'confirmed') throw conflict('You are already linked to this child.');
  if (existing?.status === 'pending') return existing;

  const link = existing
    ? await db.parentLink.update({
        where: { id: existing.id },
        data: { status: 'pending', respondedAt: null, createdAt: new Date() },
        include: withPeople,
      })
    : await db.parentLink.create({ data: { parentId: input.parentId, childId: child.id }, include: withPeople });
  await mailer.send({ to: child.email, ...parentLinkRequestMail(child.displayName, link.parent.displayName) });
  return link;
}

/** The child answers a pending request. Only the child may; the parent gets FORBIDDEN, anyone else NOT_FOUND. */
export async function respondToParentLink(
  prisma: PrismaClient,
  input: { userId: string; linkId: string; accept: boolean },
): Promise<ParentLinkWithPeople> {
  return prisma.$transaction(async (tx) => {
    const link = await tx.parentLink.findUnique({ where: { id: input.linkId } });
    if (link === null || (link.childId !== input.userId && link.parentId !== input.userId)) throw notFound('That parent link');
    if (link.childId !== input.userId) throw forbidden('Only the child can confirm or decline a parent link.');
    const answered = await tx.parentLink.updateMany({
      where: { id: link.id, status: 'pending' },
      data: { status: input.accept ? 'confirmed' : 'declined', respondedAt: new Date() },
    });
    if (answered.count === 0) throw conflict('This request has already been answered.');
    if (input.accept) {
      await addRole(tx, link.parentId, 'parent');
      // Other domains (courses: grade visibility) mirror confirmed links from this event.
      await emitEvent(tx, 'users', 'ParentLinkConfirmed', { parentId: link.parentId, childId: link.childId });
    }
    return tx.parentLink.findUniqueOrThrow({ where: { id: link.id }, include: withPeople });
  });
}

/** Pending and confirmed links where the person is parent or child, newest first. */
export function parentLinksOf(db: Db, userId: string): Promise<ParentLinkWithPeople[]> {
  return db.parentLink.findMany({
    where: { status: { in: ['pending', 'confirmed'] }, OR: [{ parentId: userId }, { childId: userId }] },
    include: withPeople,
    orderBy: { createdAt: 'desc' },
  });
}

/** Confirmed children of many people in one statement, grouped by parent id. */
export async function confirmedChildrenOf(db: Db, parentIds: readonly string[]): Promise<Map<string, User[]>> {
  const links = await db.parentLink.findMany({
    where: { parentId: { in: [...parentIds] }, status: 'confirmed' },
    include: { child: true },
    orderBy: { createdAt: 'asc' },
  });
  return groupBy(links, (link) => link.parentId, (link) => link.child);
}

/** Confirmed parents of many people in one statement, grouped by child id. */
export async function confirmedParentsOf(db: Db, childIds: readonly string[]): Promise<Map<string, User[]>> {
  const links = await db.parentLink.findMany({
    where: { childId: { in: [...childIds] }, status: 'confirmed' },
    include: { parent: true },
    orderBy: { createdAt: 'asc' },
  });
  return groupBy(links, (link) => link.childId, (link) => link.parent);
}
