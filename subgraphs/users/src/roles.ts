// Platform roles. Changes are single atomic array updates, so two grants racing never lose one.
import type { Db, User } from '../../kit/src/db';
import { forbidden, notFound } from '../../kit/src/errors';
import type { Role } from '../../kit/src/viewer';

/** Adds `role` unless the person already has it. */
export async function addRole(db: Db, userId: string, role: Role): Promise<void> {
  await db.$executeRaw`
    UPDATE "users"."user"
       SET roles = array_append(roles, ${role}::"users"."Role"), updated_at = now()
     WHERE id = ${userId}::uuid AND NOT (${role}::"users"."Role" = ANY(roles))`;
}

export async function removeRole(db: Db, userId: string, role: Role): Promise<void> {
  await db.$executeRaw`
    UPDATE "users"."user"
       SET roles = array_remove(roles, ${role}::"users"."Role"), updated_at = now()
     WHERE id = ${userId}::uuid AND ${role}::"users"."Role" = ANY(roles)`;
}

async function requireLiveUser(db: Db, userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { deletedAt: true } });
  if (user === null || user.deletedAt !== null) throw notFound('That user');
}

/** An admin grants a role. The caller has already checked that `actorId` is an admin. */
export async function grantRole(db: Db, input: { actorId: string; userId: string; role: Role }): Promise<User> {
  await requireLiveUser(db, input.userId);
  await addRole(db, input.userId, input.role);
  return db.user.findUniqueOrThrow({ where: { id: input.userId } });
}

/** An admin revokes a role; never their own admin role, so the platform cannot lose its last admin by accident. */
export async function revokeRole(db: Db, input: { actorId: string; userId: string; role: Role }): Promise<User> {
  if (input.actorId === input.userId && input.role === 'admin') {
    throw forbidden('You cannot remove your own admin role. Ask another admin to do it.');
  }
  await requireLiveUser(db, input.userId);
  await removeRole(db, input.userId, input.role);
  return db.user.findUniqueOrThrow({ where: { id: input.userId } });
}
